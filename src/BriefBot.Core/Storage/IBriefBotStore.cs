using BriefBot.Core.Chat;

namespace BriefBot.Core.Storage;

/// <summary>
/// Everything BriefBot remembers between runs: the questions it was asked and the feedback on its replies, the
/// runs of each digest (so a restart neither skips nor repeats one), what each channel's previous digest showed
/// (for "what changed"), the platform events already handled, and its own secrets (the asker-hash key). SQLite
/// implements it for one machine, PostgreSQL for several replicas sharing the work: every claim is an atomic write.
/// </summary>
public interface IBriefBotStore : IQuestionLog, IEventClaims
{
    /// <summary>Creates the database or migrates it to the current schema. Called once at start; fails with a clear message if the database cannot be written.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called once at shutdown, after every other service has stopped writing: leaves the database complete and
    /// closed. A server database that commits every write has nothing to do.
    /// </summary>
    Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A random secret of <paramref name="length"/> bytes, created on first use and the same ever after.</summary>
    Task<byte[]> GetOrCreateSecretAsync(string name, int length, CancellationToken cancellationToken);

    /// <summary>The most recent run of a digest (by due time), or null if it never ran.</summary>
    Task<DigestRun?> GetLatestRunAsync(string digest, CancellationToken cancellationToken);

    /// <summary>The digest's latest runs, newest occurrence first, at most <paramref name="limit"/>: what authors see of its recent outcomes.</summary>
    Task<IReadOnlyList<DigestRun>> GetRecentRunsAsync(string digest, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically claims the occurrence of <paramref name="digest"/> due at <paramref name="dueAt"/>. Returns false
    /// when it was already claimed, posted or skipped, by this process or another: exactly one caller posts it.
    /// A claim left by a failed attempt (<see cref="ReleaseRunAsync"/>) can be claimed again.
    /// </summary>
    Task<bool> TryClaimRunAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken);

    Task MarkRunPostedAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records that an occurrence was deliberately not posted (too late to catch up), so it is never claimed again.</summary>
    Task MarkRunSkippedAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, string reason, CancellationToken cancellationToken);

    /// <summary>Gives back a claim whose post failed, so a later attempt may claim it again.</summary>
    Task ReleaseRunAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, string error, CancellationToken cancellationToken);

    /// <summary>The facts the channel's previous digest was built from, or null if the channel never had one.</summary>
    Task<IReadOnlyList<PostedFact>?> GetPostedFactsAsync(string platform, string channel, CancellationToken cancellationToken);

    /// <summary>Replaces the facts remembered for the channel's previous digest.</summary>
    Task SavePostedFactsAsync(string platform, string channel, DateTimeOffset at, IReadOnlyList<PostedFact> facts, CancellationToken cancellationToken);

    /// <summary>Questions asked in [from, to), oldest first.</summary>
    Task<IReadOnlyList<AskedQuestion>> GetQuestionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Helpful / not-helpful counts per entry for clicks in [from, to).</summary>
    Task<IReadOnlyList<FeedbackTally>> GetFeedbackAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Helpful / not-helpful counts per entry for clicks in [from, to) on replies from the knowledge folder
    /// <paramref name="knowledge"/> (and clicks recorded before clicks had a folder).
    /// </summary>
    Task<IReadOnlyList<FeedbackTally>> GetFeedbackAsync(DateTimeOffset from, DateTimeOffset to, string knowledge, CancellationToken cancellationToken);
}
