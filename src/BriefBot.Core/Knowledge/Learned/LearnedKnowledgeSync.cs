using BriefBot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Knowledge.Learned;

/// <summary>
/// Keeps the learned knowledge served equal to the store's. It is read once at start, before any adapter takes a
/// question; after that the store's version is polled, because one cheap read works the same on SQLite and
/// PostgreSQL and needs no listening connection to keep alive and re-subscribe after a drop (LISTEN/NOTIFY would
/// save at most a poll interval, and a missed notification would still need this poll to recover).
/// </summary>
public sealed partial class LearnedKnowledgeSync(
    KnowledgeSource knowledge,
    ILearnedEntryStore store,
    IOptions<LearnedOptions> options,
    TimeProvider time,
    ILogger<LearnedKnowledgeSync> logger) : BackgroundService
{
    private readonly SemaphoreSlim refreshing = new(1, 1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serves the store's learned knowledge if its version differs from the one served; true when it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var version = await store.GetLearnedVersionAsync(cancellationToken).ConfigureAwait(false);
            if (version == knowledge.Learned.Version)
            {
                return false;
            }

            var learned = await store.GetLearnedAsync(cancellationToken).ConfigureAwait(false);
            await knowledge.ServeLearnedAsync(learned, cancellationToken).ConfigureAwait(false);
            Log.Served(logger, learned.Version, learned.Entries.Count, learned.Phrasings.Count);
            return true;
        }
        finally
        {
            refreshing.Release();
        }
    }

    public override void Dispose()
    {
        refreshing.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One error sink: a store that is briefly unreachable must not end the sync; the last learned
                // knowledge keeps serving and the next tick tries again.
                Log.RefreshFailed(logger, e);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 130, Level = LogLevel.Information, Message = "Learned knowledge version {Version} served: {Entries} entries, {Phrasings} phrasings")]
        public static partial void Served(ILogger logger, long version, int entries, int phrasings);

        [LoggerMessage(EventId = 131, Level = LogLevel.Warning, Message = "Reading the learned knowledge failed; the last version read keeps serving")]
        public static partial void RefreshFailed(ILogger logger, Exception exception);
    }
}
