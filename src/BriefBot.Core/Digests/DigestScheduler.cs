using BriefBot.Core.Chat;
using BriefBot.Core.Operations;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>
/// Posts each configured digest on its schedule, exactly once. Every occurrence is claimed in the store before it
/// is posted, so two overlapping triggers (or two replicas) post it once; on start, an occurrence missed while the
/// bot was down is posted if it is less than the digest's catch-up window late, otherwise recorded as skipped.
/// A failed post gives its claim back and is retried with backoff while still within the window; an occurrence
/// another process claimed is taken over if that process dies before its claim runs out.
/// </summary>
/// <remarks>
/// Everything it will do is an attempt with a time (an occurrence, a retry, a lease to look at again), so
/// <see cref="RunDueAsync"/> does what is due by the clock and says when to call it next, and <see cref="RunAsync"/>
/// only waits on the <see cref="TimeProvider"/> in between. Nothing runs in the background: a retry or a watched
/// lease never holds up another digest, and a test drives the scheduler by setting the clock.
/// </remarks>
public sealed class DigestScheduler(
    IOptions<DigestsOptions> options,
    IEnumerable<IChatAdapter> adapters,
    IBriefBotStore store,
    DigestComposer composer,
    TimeProvider time,
    ILogger<DigestScheduler> logger,
    BriefBotMetrics? metrics = null,
    StoreHealth? storeHealth = null) : IDisposable
{
    // A claim older than this with no outcome was left by a process that died mid-post: it may be taken over.
    private static readonly TimeSpan AbandonedClaim = TimeSpan.FromMinutes(10);

    // Long waits are cut into steps so a changed system clock or a DST shift is noticed within the hour.
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    /// <summary>A failed post or claim: 15 s, 30 s, 60 s … up to 5 minutes, with jitter, within the catch-up window.</summary>
    private static readonly Backoff Retry = new(TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(5));

    private readonly Dictionary<string, IChatAdapter> adaptersByPlatform = adapters.ToDictionary(a => a.Platform, StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<DigestAttempt> attempts = [];
    private Dictionary<DigestSchedule, DateTimeOffset?>? nextOccurrences;

    /// <summary>Throws naming the first digest whose platform has no adapter registered.</summary>
    public void CheckPlatforms()
    {
        foreach (var digest in options.Value.Items)
        {
            if (!adaptersByPlatform.ContainsKey(digest.Platform))
            {
                throw new DigestConfigurationException($"Digest '{digest.Name}': Platform '{digest.Platform}' is not enabled; enable it or remove the digest.");
            }
        }
    }

    /// <summary>Runs digests on schedule until <paramref name="cancellationToken"/> fires or no digest has an occurrence left.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        while (await RunDueAsync(cancellationToken).ConfigureAwait(false) is { } next)
        {
            for (var wait = next - time.GetUtcNow(); wait > TimeSpan.Zero; wait = next - time.GetUtcNow())
            {
                await Task.Delay(wait < MaxWait ? wait : MaxWait, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Does everything due by the clock (the first call catches up on what was missed while the bot was down) and
    /// returns when something is next due, or null when nothing ever will be. Calls wait for each other.
    /// </summary>
    public async Task<DateTimeOffset?> RunDueAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            nextOccurrences ??= Start(time.GetUtcNow());
            while (TakeDue(time.GetUtcNow()) is { } attempt)
            {
                await (attempt switch
                {
                    CatchUpAttempt catchUp => CatchUpAsync(catchUp, cancellationToken),
                    PostAttempt post => PostAsync(post, cancellationToken),
                    _ => throw new InvalidOperationException(attempt.GetType().Name),
                }).ConfigureAwait(false);
            }

            return attempts.Select(a => (DateTimeOffset?)a.At).Concat(nextOccurrences.Values).Min();
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private Dictionary<DigestSchedule, DateTimeOffset?> Start(DateTimeOffset now)
    {
        var schedules = options.Value.Items.Select(DigestSchedule.Parse).ToList();
        attempts.AddRange(schedules.Select(s => new CatchUpAttempt(s, now, 0)));
        return schedules.ToDictionary(s => s, s => s.Next(now));
    }

    /// <summary>The earliest attempt due at <paramref name="now"/>, taken off the agenda; an occurrence makes way for the next.</summary>
    private DigestAttempt? TakeDue(DateTimeOffset now)
    {
        var occurrences = nextOccurrences!;
        var retry = attempts.Where(a => a.At <= now).MinBy(a => a.At);
        var (schedule, dueAt) = occurrences.Where(o => o.Value <= now).OrderBy(o => o.Value).FirstOrDefault();
        if (schedule is not null && dueAt is { } due && (retry is null || due < retry.At))
        {
            occurrences[schedule] = schedule.Next(due);
            return new PostAttempt(schedule, due, due, 0);
        }

        if (retry is not null)
        {
            attempts.Remove(retry);
        }

        return retry;
    }

    /// <summary>Posts an occurrence missed while the bot was down if it is recent enough; records older ones as skipped.</summary>
    private async Task CatchUpAsync(CatchUpAttempt attempt, CancellationToken cancellationToken)
    {
        var schedule = attempt.Schedule;
        var window = schedule.Options.CatchUpWindow;
        var now = time.GetUtcNow();
        DateTimeOffset? post = null;
        try
        {
            var latest = await store.GetLatestRunAsync(schedule.Name, cancellationToken).ConfigureAwait(false);
            var since = latest?.DueAt ?? now - window;
            var missed = schedule.Between(since, now).ToList();
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
            var retryAt = now + Retry.After(attempt.Failures + 1);
            storeHealth?.Failed("digest run", e);
            Log.CatchUpFailed(logger, schedule.Name, retryAt, e);
            attempts.Add(attempt with { At = retryAt, Failures = attempt.Failures + 1 });
            return;
        }

        if (post is { } dueAt)
        {
            Log.CatchingUp(logger, schedule.Name, dueAt, now - dueAt);
            await PostAsync(new PostAttempt(schedule, dueAt, now, 0), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SkipAsync(DigestSchedule schedule, DateTimeOffset dueAt, DateTimeOffset now, int count, CancellationToken cancellationToken)
    {
        Log.Skipped(logger, schedule.Name, dueAt, now - dueAt, count);
        metrics?.Digest("skipped");
        await store.MarkRunSkippedAsync(schedule.Name, dueAt, now, "missed while the bot was down", cancellationToken).ConfigureAwait(false);
        storeHealth?.Worked();
    }

    /// <summary>Claims and posts one occurrence; a failure is tried again later, with backoff, while within the catch-up window.</summary>
    private async Task PostAsync(PostAttempt attempt, CancellationToken cancellationToken)
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
                await WatchLeaseIfHeldAsync(attempt, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is locked or unwritable: nothing was claimed, so nothing is lost; try again shortly.
            StoreFailed(attempt, e);
            RetryLater(attempt);
            return;
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
            RetryLater(attempt);
            return;
        }

        Log.Posted(logger, digest.Name, digest.Platform, digest.Channel, attempt.DueAt);
        metrics?.Digest("posted");
        await RecordPostedAsync(digest, attempt.DueAt, facts, cancellationToken).ConfigureAwait(false);
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
    private async Task WatchLeaseIfHeldAsync(PostAttempt attempt, CancellationToken cancellationToken)
    {
        var held = await store.GetLatestRunAsync(attempt.Schedule.Name, cancellationToken).ConfigureAwait(false);
        var expires = held is { State: DigestRunState.Claimed } && held.DueAt == attempt.DueAt ? held.UpdatedAt + AbandonedClaim : (DateTimeOffset?)null;
        if (expires is null || expires.Value - attempt.DueAt >= Max(attempt.Schedule.Options.CatchUpWindow, AbandonedClaim + TimeSpan.FromMinutes(5)))
        {
            Log.AlreadyTaken(logger, attempt.Schedule.Name, attempt.DueAt);
            return;
        }

        Log.WatchingLease(logger, attempt.Schedule.Name, attempt.DueAt, expires.Value);
        // A second past the lease, so the claim is strictly older than AbandonedClaim when looked at again.
        attempts.Add(attempt with { At = expires.Value + TimeSpan.FromSeconds(1), Failures = 0 });
    }

    private async Task TakeOverAbandonedClaimAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestRunAsync(digest, cancellationToken).ConfigureAwait(false);
        if (latest is { State: DigestRunState.Claimed } && latest.DueAt == dueAt && now - latest.UpdatedAt > AbandonedClaim)
        {
            await store.ReleaseRunAsync(digest, dueAt, now, "claim abandoned by a stopped process", cancellationToken).ConfigureAwait(false);
        }
    }

    private void RetryLater(PostAttempt attempt)
    {
        var digest = attempt.Schedule.Options;
        var at = time.GetUtcNow() + Retry.After(attempt.Failures + 1);
        if (at - attempt.DueAt >= Max(digest.CatchUpWindow, TimeSpan.FromMinutes(5)))
        {
            Log.GaveUp(logger, digest.Name, attempt.DueAt);
            metrics?.Digest("failed");
            return;
        }

        attempts.Add(attempt with { At = at, Failures = attempt.Failures + 1 });
    }

    private void StoreFailed(PostAttempt attempt, Exception exception)
    {
        storeHealth?.Failed("digest run", exception);
        Log.StoreFailed(logger, attempt.Schedule.Name, attempt.DueAt, exception);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
