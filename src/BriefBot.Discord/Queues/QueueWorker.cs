using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Queues;

/// <summary>
/// Takes items off a <see cref="WorkQueue{T}"/> one at a time. Its error sink logs a failed item and goes on with the
/// next. At shutdown it does not drop its work: it ends once the queue is completed (nothing more can arrive) and
/// emptied, and gives up what is left only when the host's shutdown timeout runs out.
/// </summary>
internal abstract partial class QueueWorker<T>(WorkQueue<T> queue, ShutdownDeadline deadline, ILogger logger) : BackgroundService
{
    private int busy;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var abandoned = deadline.Token;
        try
        {
            await foreach (var item in queue.ReadAllAsync(abandoned).ConfigureAwait(false))
            {
                Volatile.Write(ref busy, 1);
                try
                {
                    await HandleAsync(item, abandoned).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !abandoned.IsCancellationRequested)
                {
                    LogFailed(logger, typeof(T).Name, e);
                }
                finally
                {
                    Volatile.Write(ref busy, 0);
                }
            }
        }
        catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
        {
        }
        finally
        {
            Drained();
        }
    }

    /// <summary>Waits for the queue to drain; when <paramref name="cancellationToken"/> (the host's shutdown timeout) fires first, abandons the rest.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (ExecuteTask is { IsCompleted: false } running)
        {
            var unfinished = Unfinished;
            if (unfinished > 0)
            {
                LogFinishing(logger, unfinished, typeof(T).Name);
            }

            try
            {
                await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                LogAbandoned(logger, Unfinished, typeof(T).Name);
                deadline.Expire();
            }
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected abstract Task HandleAsync(T item, CancellationToken cancellationToken);

    /// <summary>Called once the worker has taken its last item (or given up): a worker that feeds another queue completes it here.</summary>
    protected virtual void Drained()
    {
    }

    private int Unfinished => queue.Count + Volatile.Read(ref busy);

    [LoggerMessage(EventId = 640, Level = LogLevel.Error, Message = "Could not handle a Discord {WorkItem}; going on with the next")]
    private static partial void LogFailed(ILogger logger, string workItem, Exception exception);

    [LoggerMessage(EventId = 641, Level = LogLevel.Information, Message = "Stopping: finishing {Count} Discord {WorkItem} job(s) first")]
    private static partial void LogFinishing(ILogger logger, int count, string workItem);

    [LoggerMessage(EventId = 642, Level = LogLevel.Warning, Message = "The shutdown timeout ran out with {Count} Discord {WorkItem} job(s) unfinished; abandoning them")]
    private static partial void LogAbandoned(ILogger logger, int count, string workItem);
}
