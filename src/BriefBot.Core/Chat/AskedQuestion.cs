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
    int Confidence);
