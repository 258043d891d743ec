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
    // Long waits are cut into steps so a changed system clock or a DST shift is noticed within the hour.
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    private readonly DigestRunner runner = new(adapters, store, composer, time, logger, metrics, storeHealth);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<DigestAttempt> attempts = [];
    private Dictionary<DigestSchedule, DateTimeOffset?>? nextOccurrences;

    /// <summary>Throws naming the first digest whose platform has no adapter registered.</summary>
    public void CheckPlatforms()
    {
        foreach (var digest in options.Value.Items)
        {
            if (!runner.CanPostTo(digest.Platform))
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
                if (await runner.RunAsync(attempt, cancellationToken).ConfigureAwait(false) is { } next)
                {
                    attempts.Add(next);
                }
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
}
