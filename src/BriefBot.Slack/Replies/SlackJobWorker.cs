using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Replies;

/// <summary>
/// Runs queued jobs on a few consumers, so one channel's rate-limit wait does not hold up every other reply. Each
/// job has its own error sink: a failing job is logged and the consumer goes on.
/// </summary>
internal sealed partial class SlackJobWorker(SlackJobQueue queue, SlackJobRunner runner, ILogger<SlackJobWorker> logger) : BackgroundService
{
    internal const int Consumers = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Consumers).Select(_ => ConsumeAsync(stoppingToken)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (queue.Reader.CanCount && queue.Reader.Count > 0)
        {
            Log.LeftUndone(logger, queue.Reader.Count);
        }
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        while (await queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            while (queue.Reader.TryRead(out var job))
            {
                try
                {
                    await runner.RunAsync(job, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    Log.Interrupted(logger, job.GetType().Name);
                    throw;
                }
                catch (Exception e)
                {
                    Log.JobFailed(logger, job.GetType().Name, e);
                }
            }
        }
    }
}
