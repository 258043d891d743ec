namespace BriefBot.Core.Replies;

/// <summary>
/// The platform-neutral answer to one question. Adapters render it (console text, Slack Block Kit, Discord embeds).
/// When <see cref="Answered"/> is false the bot abstains: <see cref="Answer"/> and <see cref="Quote"/> are null and
/// <see cref="Suggestions"/> holds up to three near-miss questions and <see cref="Passages"/> the closest sentences.
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
    /// <summary>With a decline: up to three sentences that came closest, offered as possibly relevant.</summary>
    public IReadOnlyList<Passage> Passages { get; init; } = [];

    /// <summary>What the bot says when its knowledge does not cover a question.</summary>
    public const string NotCoveredText = "I don't have that in my briefings, so I won't guess.";

    /// <summary>What the bot says to a message too long to read as one question, with no question mark to find one by.</summary>
    public const string TooLongText = "That message is too long for me to read as one question (over 1,000 characters). Ask the question on its own, ending with '?'.";

    /// <summary>What a decline says: <see cref="NotCoveredText"/>, or why the question was not looked up at all.</summary>
    public string DeclineText { get; init; } = NotCoveredText;

    public static Reply Abstain(string question, int confidence, IReadOnlyList<string> suggestions) =>
        new(question, false, null, null, confidence, suggestions, null);

    public static Reply TooLong(string question) => Abstain(question, 0, []) with { DeclineText = TooLongText };
}
