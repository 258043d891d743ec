namespace BriefBot.Core.Knowledge;

/// <summary>A knowledge file as last parsed successfully: a briefing or a curated file.</summary>
public sealed record LoadedFile(string File, Briefing? Briefing, CuratedFile? Curated);
