using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Replies;

/// <summary>
/// Runs queued jobs on a few consumers, so one channel's rate-limit wait does not hold up every other reply. Each
/// job has its own error sink: a failing job is logged and the consumer goes on.
/// </summary>
/// <remarks>
/// The host stops hosted services in reverse order, so the ways in (the web server, the Socket Mode socket) stop
/// before this worker. Stopping then finishes every job already acked to Slack, since Slack will not send those
/// again, and gives up only when the host's shutdown token fires, saying how many were left.
/// </remarks>
internal sealed class SlackJobWorker(SlackJobQueue queue, SlackJobRunner runner, ILogger<SlackJobWorker> logger) : IHostedService
{
    internal const int Consumers = 4;

    private Task consumers = Task.CompletedTask;
    private int running;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        consumers = Task.WhenAll(Enumerable.Range(0, Consumers).Select(_ => ConsumeAsync(queue.Abandoned)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        try
        {
            await consumers.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.LeftUndone(logger, Volatile.Read(ref running), queue.Count);
            queue.Abandon();
        }
    }

    private async Task ConsumeAsync(CancellationToken abandoned)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(abandoned).ConfigureAwait(false))
            {
                Interlocked.Increment(ref running);
                try
                {
                    await runner.RunAsync(job, abandoned).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
                {
                    Log.Interrupted(logger, job.GetType().Name);
                    return;
                }
                catch (Exception e)
                {
                    Log.JobFailed(logger, job.GetType().Name, e);
                }
                finally
                {
                    Interlocked.Decrement(ref running);
                }
            }
        }
        catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
        {
            // Abandoned while waiting for a job: StopAsync has already said how many were left.
        }
    }
}
