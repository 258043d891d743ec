namespace BriefBot.Core.Knowledge;

/// <summary>A hand-written question and answer: its phrasings, the answer, and the 1-based line it starts on.</summary>
public sealed record CuratedEntry(IReadOnlyList<string> Questions, string Answer, int Line);
