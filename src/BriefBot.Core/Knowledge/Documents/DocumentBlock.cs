namespace BriefBot.Core.Knowledge.Documents;

/// <summary>
/// One block of a document as its reader saw it: a heading, a bullet or a paragraph, with its text as a reader of
/// the document sees it (whitespace normalised), its 1-based line or paragraph number, and its page where the format
/// has pages. Every format's reader produces these, so one parser turns them all into the same briefing model.
/// </summary>
public sealed record DocumentBlock(DocumentBlockKind Kind, string Text, int Line, int? Page = null);
