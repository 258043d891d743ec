namespace BriefBot.Core.Replies;

/// <summary>Where a quoted sentence stands: the document's title, its section, and the file it was read from.</summary>
public sealed record SourceRef(string Document, string? Section, string File);
