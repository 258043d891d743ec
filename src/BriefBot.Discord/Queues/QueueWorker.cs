using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Queues;

/// <summary>Takes items off a <see cref="WorkQueue{T}"/> one at a time. Its error sink logs a failed item and goes on with the next.</summary>
internal abstract partial class QueueWorker<T>(WorkQueue<T> queue, ILogger logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await HandleAsync(item, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, typeof(T).Name, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    protected abstract Task HandleAsync(T item, CancellationToken cancellationToken);

    [LoggerMessage(EventId = 640, Level = LogLevel.Error, Message = "Could not handle a Discord {WorkItem}; going on with the next")]
    private static partial void LogFailed(ILogger logger, string workItem, Exception exception);
}
