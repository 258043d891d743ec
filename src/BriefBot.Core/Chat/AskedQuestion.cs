namespace BriefBot.Core.Chat;

/// <summary>
/// A question as it is remembered: when, where, whether it was answered, the entry that matched best (even below
/// the threshold, for near-miss reports) and the confidence. The asker is a keyed hash, never the platform id.
/// </summary>
public sealed record AskedQuestion(
    DateTimeOffset At,
    string Platform,
    string Channel,
    string? AskerHash,
    string Text,
    bool Answered,
    string? EntryId,
    int Confidence)
{
    /// <summary>
    /// The knowledge folder (its full path) the question was asked of, so one database can serve several folders and
    /// each folder's reports show its own questions; null for questions recorded before BriefBot kept it.
    /// </summary>
    public string? Knowledge { get; init; }

    /// <summary>Whether the question belongs to the reports of <paramref name="folder"/>: asked of it, or of no known folder.</summary>
    public bool WasAskedOf(string folder) => Knowledge is null || string.Equals(Knowledge, folder, StringComparison.Ordinal);
}
