namespace BriefBot.Core.Storage;

/// <summary>What kind of change an author made to the learned knowledge.</summary>
public enum LearnedChangeKind
{
    EntryAdded,
    EntryEdited,
    EntryDeleted,
    PhrasingAdded,
    PhrasingDeleted,
}

/// <summary>
/// One change to the learned knowledge, kept so an author can see what changed and undo a mistake:
/// <paramref name="Before"/> is the entry or phrasing as it was (null for an addition), <paramref name="After"/> as it became.
/// </summary>
public sealed record LearnedChange(
    long Id,
    LearnedChangeKind Kind,
    string EntryId,
    string Author,
    DateTimeOffset At,
    LearnedEntry? Before,
    LearnedEntry? After,
    string? Phrasing);
