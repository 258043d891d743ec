namespace BriefBot.Core.Knowledge;

/// <summary>One sentence exactly as it stands in a knowledge file, with its section, 1-based line and, in a paged format (PDF), its page.</summary>
public sealed record DocumentSentence(string Text, SentenceRole Role, string? Section, int Line, int? Page = null);
