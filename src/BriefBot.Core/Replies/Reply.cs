namespace BriefBot.Core.Replies;

/// <summary>
/// The platform-neutral answer to one question. Adapters render it (console text, Slack Block Kit, Discord embeds).
/// When <see cref="Answered"/> is false the bot abstains: <see cref="Answer"/> and <see cref="Quote"/> are null and
/// <see cref="Suggestions"/> holds up to three near-miss questions.
/// </summary>
public sealed record Reply(
    string Question,
    bool Answered,
    string? Answer,
    Quote? Quote,
    int Confidence,
    IReadOnlyList<string> Suggestions,
    string? EntryId)
{
    /// <summary>What the bot says when its knowledge does not cover a question.</summary>
    /// <summary>With a decline: up to three sentences that came closest, offered as possibly relevant.</summary>
    public IReadOnlyList<Passage> Passages { get; init; } = [];

    public const string NotCoveredText = "I don't have that in my briefings, so I won't guess.";

    public static Reply Abstain(string question, int confidence, IReadOnlyList<string> suggestions) =>
        new(question, false, null, null, confidence, suggestions, null);
}
