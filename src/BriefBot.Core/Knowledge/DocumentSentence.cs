namespace BriefBot.Core.Knowledge;

/// <summary>One sentence exactly as it stands in a knowledge file, with its section and 1-based line.</summary>
public sealed record DocumentSentence(string Text, SentenceRole Role, string? Section, int Line);
