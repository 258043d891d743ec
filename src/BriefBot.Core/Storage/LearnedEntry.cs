namespace BriefBot.Core.Storage;

/// <summary>
/// An answer an author wrote through the authoring console: its phrasings (the first is the one shown), the answer,
/// and who wrote or last changed it and when. Its reply quotes the answer itself, so the verbatim rule holds.
/// </summary>
public sealed record LearnedEntry(
    string Id,
    IReadOnlyList<string> Questions,
    string Answer,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string UpdatedBy,
    DateTimeOffset UpdatedAt);
