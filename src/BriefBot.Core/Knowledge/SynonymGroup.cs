namespace BriefBot.Core.Knowledge;

/// <summary>Words or phrases that mean the same to the matcher ("alterations"). The first is the canonical one.</summary>
public sealed record SynonymGroup(IReadOnlyList<string> Terms);
