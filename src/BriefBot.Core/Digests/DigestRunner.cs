using BriefBot.Core.Chat;
using BriefBot.Core.Operations;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Digests;

/// <summary>
/// Does one <see cref="DigestAttempt"/> against the store and the platform, and says what is to be tried next and
/// when (a retry after backoff, another process's claim to look at again), or null when the occurrence is settled.
/// </summary>
internal sealed class DigestRunner(
    IEnumerable<IChatAdapter> adapters,
    IBriefBotStore store,
    DigestComposer composer,
    TimeProvider time,
    ILogger logger,
    BriefBotMetrics? metrics,
    StoreHealth? storeHealth)
{
    // A claim older than this with no outcome was left by a process that died mid-post: it may be taken over.
    private static readonly TimeSpan AbandonedClaim = TimeSpan.FromMinutes(10);

    /// <summary>A failed post or claim: 15 s, 30 s, 60 s … up to 5 minutes, with jitter, within the catch-up window.</summary>
    private static readonly Backoff Retry = new(TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(5));

    private readonly Dictionary<string, IChatAdapter> adaptersByPlatform = adapters.ToDictionary(a => a.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether an adapter for <paramref name="platform"/> (as a digest's Platform setting spells it) is registered.</summary>
    public bool CanPostTo(string platform) => adaptersByPlatform.ContainsKey(platform);

    public Task<DigestAttempt?> RunAsync(DigestAttempt attempt, CancellationToken cancellationToken) => attempt switch
    {
        CatchUpAttempt catchUp => CatchUpAsync(catchUp, cancellationToken),
        PostAttempt post => PostAsync(post, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(attempt), attempt.GetType().Name, "Not an attempt the runner knows."),
    };

    /// <summary>Posts an occurrence missed while the bot was down if it is recent enough; records older ones as skipped.</summary>
    private async Task<DigestAttempt?> CatchUpAsync(CatchUpAttempt attempt, CancellationToken cancellationToken)
    {
        var schedule = attempt.Schedule;
        var window = schedule.Options.CatchUpWindow;
        var now = time.GetUtcNow();
        DateTimeOffset? post = null;
        try
        {
            var latest = await store.GetLatestRunAsync(schedule.Name, cancellationToken).ConfigureAwait(false);
            var missed = schedule.Between(latest?.DueAt ?? now - window, now).ToList();
            if (latest is { State: DigestRunState.Claimed or DigestRunState.Failed } && now - latest.DueAt < window)
            {
                // The last run never finished: the process stopped mid-post, or the post failed. Try it again.
                missed.Insert(0, latest.DueAt);
            }

            // Only the most recent missed occurrence can still be worth posting; any before it are stale by definition.
            if (missed.Count > 1)
            {
                await SkipAsync(schedule, missed[^2], now, missed.Count - 1, cancellationToken).ConfigureAwait(false);
            }

            if (missed.Count > 0 && now - missed[^1] < window)
            {
                post = missed[^1];
            }
            else if (missed.Count > 0)
            {
                await SkipAsync(schedule, missed[^1], now, 1, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing was missed for good yet: looking again later, with a later clock, judges each run by its window.
            var retry = attempt with { At = now + Retry.After(attempt.Failures + 1), Failures = attempt.Failures + 1 };
            storeHealth?.Failed("digest run", e);
            Log.CatchUpFailed(logger, schedule.Name, retry.At, e);
            return retry;
        }

        if (post is not { } dueAt)
        {
            return null;
        }

        Log.CatchingUp(logger, schedule.Name, dueAt, now - dueAt);
        return await PostAsync(new PostAttempt(schedule, dueAt, now, 0), cancellationToken).ConfigureAwait(false);
    }

    private async Task SkipAsync(DigestSchedule schedule, DateTimeOffset dueAt, DateTimeOffset now, int count, CancellationToken cancellationToken)
    {
        Log.Skipped(logger, schedule.Name, dueAt, now - dueAt, count);
        metrics?.Digest("skipped");
        await store.MarkRunSkippedAsync(schedule.Name, dueAt, now, "missed while the bot was down", cancellationToken).ConfigureAwait(false);
        storeHealth?.Worked();
    }

    /// <summary>Claims and posts one occurrence; a failure is tried again later, with backoff, while within the catch-up window.</summary>
    private async Task<DigestAttempt?> PostAsync(PostAttempt attempt, CancellationToken cancellationToken)
    {
        var digest = attempt.Schedule.Options;
        var now = time.GetUtcNow();
        try
        {
            await TakeOverAbandonedClaimAsync(digest.Name, attempt.DueAt, now, cancellationToken).ConfigureAwait(false);
            var claimed = await store.TryClaimRunAsync(digest.Name, attempt.DueAt, now, cancellationToken).ConfigureAwait(false);
            storeHealth?.Worked();
            if (!claimed)
            {
                return await WatchLeaseIfHeldAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is locked or unwritable: nothing was claimed, so nothing is lost; try again shortly.
            StoreFailed(attempt, e);
            return RetryLater(attempt);
        }

        IReadOnlyList<PostedFact> facts;
        try
        {
            (var built, facts) = await composer.ComposeAsync(digest, now, cancellationToken).ConfigureAwait(false);
            await adaptersByPlatform[digest.Platform].PostDigestAsync(digest.Channel, built, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.PostFailed(logger, digest.Name, attempt.DueAt, attempt.Failures + 1, e);
            await ReleaseAsync(attempt, e.Message).ConfigureAwait(false);
            return RetryLater(attempt);
        }

        Log.Posted(logger, digest.Name, digest.Platform, digest.Channel, attempt.DueAt);
        metrics?.Digest("posted");
        await RecordPostedAsync(digest, attempt.DueAt, facts, cancellationToken).ConfigureAwait(false);
        return null;
    }

    // The post failed: give the claim back so the retry can take it. Should the store fail too, the claim stays and
    // the retry finds it held, so it waits for the claim to run out and takes it over then.
    private async Task ReleaseAsync(PostAttempt attempt, string error)
    {
        try
        {
            await store.ReleaseRunAsync(attempt.Schedule.Name, attempt.DueAt, time.GetUtcNow(), error, CancellationToken.None).ConfigureAwait(false);
            storeHealth?.Worked();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            StoreFailed(attempt, e);
        }
    }

    // The digest is out: a store that fails now must not release the claim, or the retry would post it a second time.
    private async Task RecordPostedAsync(DigestOptions digest, DateTimeOffset dueAt, IReadOnlyList<PostedFact> facts, CancellationToken cancellationToken)
    {
        try
        {
            await store.MarkRunPostedAsync(digest.Name, dueAt, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await store.SavePostedFactsAsync(digest.Platform.ToLowerInvariant(), digest.Channel, time.GetUtcNow(), facts, cancellationToken).ConfigureAwait(false);
            storeHealth?.Worked();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            storeHealth?.Failed("digest run", e);
            Log.RecordFailed(logger, digest.Name, dueAt, e);
        }
    }

    /// <summary>
    /// Another process (a replica) holds the occurrence: if it is still posting, look at its claim again once it runs
    /// out, so that if that process died mid-post this one takes the run over instead of the digest being lost.
    /// </summary>
    private async Task<DigestAttempt?> WatchLeaseIfHeldAsync(PostAttempt attempt, CancellationToken cancellationToken)
    {
        var held = await store.GetLatestRunAsync(attempt.Schedule.Name, cancellationToken).ConfigureAwait(false);
        var expires = held is { State: DigestRunState.Claimed } && held.DueAt == attempt.DueAt ? held.UpdatedAt + AbandonedClaim : (DateTimeOffset?)null;
        if (expires is null || expires.Value - attempt.DueAt >= Max(attempt.Schedule.Options.CatchUpWindow, AbandonedClaim + TimeSpan.FromMinutes(5)))
        {
            Log.AlreadyTaken(logger, attempt.Schedule.Name, attempt.DueAt);
            return null;
        }

        Log.WatchingLease(logger, attempt.Schedule.Name, attempt.DueAt, expires.Value);
        // A second past the lease, so the claim is strictly older than AbandonedClaim when looked at again.
        return attempt with { At = expires.Value + TimeSpan.FromSeconds(1), Failures = 0 };
    }

    private async Task TakeOverAbandonedClaimAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestRunAsync(digest, cancellationToken).ConfigureAwait(false);
        if (latest is { State: DigestRunState.Claimed } && latest.DueAt == dueAt && now - latest.UpdatedAt > AbandonedClaim)
        {
            await store.ReleaseRunAsync(digest, dueAt, now, "claim abandoned by a stopped process", cancellationToken).ConfigureAwait(false);
        }
    }

    private PostAttempt? RetryLater(PostAttempt attempt)
    {
        var digest = attempt.Schedule.Options;
        var at = time.GetUtcNow() + Retry.After(attempt.Failures + 1);
        if (at - attempt.DueAt >= Max(digest.CatchUpWindow, TimeSpan.FromMinutes(5)))
        {
            Log.GaveUp(logger, digest.Name, attempt.DueAt);
            metrics?.Digest("failed");
            return null;
        }

        return attempt with { At = at, Failures = attempt.Failures + 1 };
    }

    private void StoreFailed(PostAttempt attempt, Exception exception)
    {
        storeHealth?.Failed("digest run", exception);
        Log.StoreFailed(logger, attempt.Schedule.Name, attempt.DueAt, exception);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
