using BriefBot.Core.Chat;
using BriefBot.Core.Operations;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>
/// Posts each configured digest on its schedule, exactly once. Every occurrence is claimed in the store before it
/// is posted, so two overlapping triggers (or two replicas) post it once; on start, an occurrence missed while the
/// bot was down is posted if it is less than the digest's catch-up window late, otherwise recorded as skipped.
/// A failed post gives its claim back and is retried with backoff while still within the window.
/// </summary>
public sealed partial class DigestScheduler(
    IOptions<DigestsOptions> options,
    IEnumerable<IChatAdapter> adapters,
    IBriefBotStore store,
    DigestComposer composer,
    TimeProvider time,
    ILogger<DigestScheduler> logger,
    BriefBotMetrics? metrics = null) : BackgroundService
{
    // A claim older than this with no outcome was left by a process that died mid-post: it may be taken over.
    private static readonly TimeSpan AbandonedClaim = TimeSpan.FromMinutes(10);

    // Long waits are cut into steps so a changed system clock or a DST shift is noticed within the hour.
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    /// <summary>A failed post or claim: 15 s, 30 s, 60 s … up to 5 minutes, within the catch-up window.</summary>
    private static readonly Backoff Retry = new(TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(5));

    private readonly Dictionary<string, IChatAdapter> adaptersByPlatform = adapters.ToDictionary(a => a.Platform, StringComparer.OrdinalIgnoreCase);
    private readonly Lock watchesGate = new();
    private readonly List<Task> leaseWatches = [];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var digest in options.Value.Items)
        {
            if (!adaptersByPlatform.ContainsKey(digest.Platform))
            {
                throw new DigestConfigurationException($"Digest '{digest.Name}': Platform '{digest.Platform}' is not enabled; enable it or remove the digest.");
            }
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedules = options.Value.Items.Select(DigestSchedule.Parse).ToList();
        if (schedules.Count == 0)
        {
            return;
        }

        var cursor = time.GetUtcNow();
        foreach (var schedule in schedules)
        {
            await CatchUpAsync(schedule, cursor, stoppingToken).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var due = schedules
                .Select(s => (Schedule: s, At: s.Next(cursor)))
                .Where(d => d.At is not null)
                .GroupBy(d => d.At!.Value)
                .OrderBy(g => g.Key)
                .FirstOrDefault();
            if (due is null)
            {
                return;
            }

            try
            {
                await WaitUntilAsync(due.Key, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            foreach (var (schedule, _) in due)
            {
                await RunAsync(schedule, due.Key, stoppingToken).ConfigureAwait(false);
            }

            cursor = due.Key;
        }

        Task[] watches;
        lock (watchesGate)
        {
            watches = [.. leaseWatches];
        }

        await Task.WhenAll(watches).ConfigureAwait(false);
    }

    /// <summary>Posts an occurrence missed while the bot was down if it is recent enough; records older ones as skipped.</summary>
    internal async Task CatchUpAsync(DigestSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = schedule.Options.CatchUpWindow;
        var latest = await store.GetLatestRunAsync(schedule.Name, cancellationToken).ConfigureAwait(false);
        var since = latest?.DueAt ?? now - window;
        var missed = schedule.Between(since, now).ToList();
        if (latest is { State: DigestRunState.Claimed or DigestRunState.Failed } && now - latest.DueAt < window)
        {
            // The last run never finished: the process stopped mid-post, or the post failed. Try it again.
            missed.Insert(0, latest.DueAt);
        }

        if (missed.Count == 0)
        {
            return;
        }

        // Only the most recent missed occurrence can still be worth posting; any before it are stale by definition.
        var last = missed[^1];
        if (missed.Count > 1)
        {
            var skipped = missed[^2];
            Log.Skipped(logger, schedule.Name, skipped, now - skipped, missed.Count - 1);
            metrics?.Digest("skipped");
            await store.MarkRunSkippedAsync(schedule.Name, skipped, now, "missed while the bot was down", cancellationToken).ConfigureAwait(false);
        }

        if (now - last < window)
        {
            Log.CatchingUp(logger, schedule.Name, last, now - last);
            await RunAsync(schedule, last, cancellationToken).ConfigureAwait(false);
            return;
        }

        Log.Skipped(logger, schedule.Name, last, now - last, 1);
        metrics?.Digest("skipped");
        await store.MarkRunSkippedAsync(schedule.Name, last, now, "missed while the bot was down", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Claims and posts one occurrence; retries a failed post with backoff while within the catch-up window.</summary>
    internal async Task RunAsync(DigestSchedule schedule, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var digest = schedule.Options;
        for (var attempt = 0; ; attempt++)
        {
            var now = time.GetUtcNow();
            try
            {
                await TakeOverAbandonedClaimAsync(digest.Name, dueAt, now, cancellationToken).ConfigureAwait(false);
                if (!await store.TryClaimRunAsync(digest.Name, dueAt, now, cancellationToken).ConfigureAwait(false))
                {
                    await WatchLeaseIfHeldAsync(schedule, dueAt, cancellationToken).ConfigureAwait(false);
                    return;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store is locked or unwritable: nothing was claimed, so nothing is lost; try again shortly.
                Log.StoreFailed(logger, digest.Name, dueAt, e);
                if (!await BackOffAsync(digest, dueAt, attempt, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            IReadOnlyList<PostedFact> facts;
            try
            {
                (var built, facts) = await composer.ComposeAsync(digest, now, cancellationToken).ConfigureAwait(false);
                await adaptersByPlatform[digest.Platform].PostDigestAsync(digest.Channel, built, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.PostFailed(logger, digest.Name, dueAt, attempt + 1, e);
                await store.ReleaseRunAsync(digest.Name, dueAt, time.GetUtcNow(), e.Message, CancellationToken.None).ConfigureAwait(false);
                if (!await BackOffAsync(digest, dueAt, attempt, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            Log.Posted(logger, digest.Name, digest.Platform, digest.Channel, dueAt);
            metrics?.Digest("posted");
            await RecordPostedAsync(digest, dueAt, facts, cancellationToken).ConfigureAwait(false);
            return;
        }
    }

    // The digest is out: a store that fails now must not release the claim, or the retry would post it a second time.
    private async Task RecordPostedAsync(DigestOptions digest, DateTimeOffset dueAt, IReadOnlyList<PostedFact> facts, CancellationToken cancellationToken)
    {
        try
        {
            await store.MarkRunPostedAsync(digest.Name, dueAt, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await store.SavePostedFactsAsync(digest.Platform.ToLowerInvariant(), digest.Channel, time.GetUtcNow(), facts, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.RecordFailed(logger, digest.Name, dueAt, e);
        }
    }

    /// <summary>
    /// Another process (a replica) holds the occurrence: if it is still posting, watch its lease in the background, so
    /// that if it dies mid-post this process takes the run over once the claim is stale, instead of the digest being lost.
    /// The watch does not hold up this process's other digests.
    /// </summary>
    private async Task WatchLeaseIfHeldAsync(DigestSchedule schedule, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var held = await store.GetLatestRunAsync(schedule.Name, cancellationToken).ConfigureAwait(false);
        var expires = held is { State: DigestRunState.Claimed } && held.DueAt == dueAt ? held.UpdatedAt + AbandonedClaim : (DateTimeOffset?)null;
        if (expires is null || expires.Value - dueAt >= Max(schedule.Options.CatchUpWindow, AbandonedClaim + TimeSpan.FromMinutes(5)))
        {
            Log.AlreadyTaken(logger, schedule.Name, dueAt);
            return;
        }

        Log.WatchingLease(logger, schedule.Name, dueAt, expires.Value);
        lock (watchesGate)
        {
            leaseWatches.RemoveAll(t => t.IsCompleted);
            leaseWatches.Add(WatchLeaseAsync(schedule, dueAt, expires.Value, cancellationToken));
        }
    }

    private async Task WatchLeaseAsync(DigestSchedule schedule, DateTimeOffset dueAt, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        try
        {
            // A second past the lease, so the claim is strictly older than AbandonedClaim when looked at again.
            await WaitUntilAsync(expires + TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            await RunAsync(schedule, dueAt, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Log.StoreFailed(logger, schedule.Name, dueAt, e);
        }
    }

    private async Task TakeOverAbandonedClaimAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestRunAsync(digest, cancellationToken).ConfigureAwait(false);
        if (latest is { State: DigestRunState.Claimed } && latest.DueAt == dueAt && now - latest.UpdatedAt > AbandonedClaim)
        {
            await store.ReleaseRunAsync(digest, dueAt, now, "claim abandoned by a stopped process", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> BackOffAsync(DigestOptions digest, DateTimeOffset dueAt, int attempt, CancellationToken cancellationToken)
    {
        var delay = Retry.After(attempt + 1);
        if (time.GetUtcNow() + delay - dueAt >= Max(digest.CatchUpWindow, TimeSpan.FromMinutes(5)))
        {
            Log.GaveUp(logger, digest.Name, dueAt);
            metrics?.Digest("failed");
            return false;
        }

        await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task WaitUntilAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var wait = at - time.GetUtcNow(); wait > TimeSpan.Zero; wait = at - time.GetUtcNow())
        {
            await Task.Delay(wait < MaxWait ? wait : MaxWait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static partial class Log
    {
        [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "Digest {Digest} posted to {Platform} channel {ChannelId} (due {DueAt:u})")]
        public static partial void Posted(ILogger logger, string digest, string platform, string channelId, DateTimeOffset dueAt);

        [LoggerMessage(EventId = 521, Level = LogLevel.Information, Message = "Digest {Digest} due {DueAt:u} was already posted or claimed; not posting it again")]
        public static partial void AlreadyTaken(ILogger logger, string digest, DateTimeOffset dueAt);

        [LoggerMessage(EventId = 528, Level = LogLevel.Error, Message = "Digest {Digest} due {DueAt:u} was posted, but the store could not record it; the next digest's \"what changed\" may repeat its facts")]
        public static partial void RecordFailed(ILogger logger, string digest, DateTimeOffset dueAt, Exception exception);

        [LoggerMessage(EventId = 527, Level = LogLevel.Information, Message = "Digest {Digest} due {DueAt:u} is being posted by another process; taking it over if its claim is still open at {LeaseExpires:u}")]
        public static partial void WatchingLease(ILogger logger, string digest, DateTimeOffset dueAt, DateTimeOffset leaseExpires);

        [LoggerMessage(EventId = 522, Level = LogLevel.Warning, Message = "Digest {Digest} due {DueAt:u} was missed while the bot was down ({Late} late, {Count} missed) and is past its catch-up window: skipped")]
        public static partial void Skipped(ILogger logger, string digest, DateTimeOffset dueAt, TimeSpan late, int count);

        [LoggerMessage(EventId = 523, Level = LogLevel.Information, Message = "Digest {Digest} due {DueAt:u} was missed while the bot was down ({Late} late): posting it now")]
        public static partial void CatchingUp(ILogger logger, string digest, DateTimeOffset dueAt, TimeSpan late);

        [LoggerMessage(EventId = 524, Level = LogLevel.Error, Message = "Digest {Digest} due {DueAt:u} could not be posted (attempt {Attempt}); it will be retried")]
        public static partial void PostFailed(ILogger logger, string digest, DateTimeOffset dueAt, int attempt, Exception exception);

        [LoggerMessage(EventId = 525, Level = LogLevel.Error, Message = "Digest {Digest} due {DueAt:u}: the store could not record the run; it will be retried")]
        public static partial void StoreFailed(ILogger logger, string digest, DateTimeOffset dueAt, Exception exception);

        [LoggerMessage(EventId = 526, Level = LogLevel.Error, Message = "Digest {Digest} due {DueAt:u} could not be posted within its catch-up window; giving up on this run")]
        public static partial void GaveUp(ILogger logger, string digest, DateTimeOffset dueAt);
    }
}
