namespace BriefBot.Core.Digests;

/// <summary>
/// A digest post: per briefing, its key facts and what changed since the channel's previous digest, and optionally
/// the most-asked questions the bot could not answer.
/// </summary>
public sealed record Digest(
    string Name,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<BriefingDigest> Briefings,
    IReadOnlyList<UnansweredQuestion> Unanswered)
{
    /// <summary>True when no briefing changed since the previous digest.</summary>
    public bool NothingChanged => Briefings.All(b => b.Unchanged);
}
