namespace BriefBot.Core.Replies;

/// <summary>Where a quoted sentence stands: the document's title, its section, the file (or URL) it was read from, and its page in a paged format (PDF).</summary>
public sealed record SourceRef(string Document, string? Section, string File, int? Page = null);
