using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Replies;

/// <summary>
/// The queue between the ack and the answer. Bounded, so a flood cannot exhaust memory; a job refused because the
/// queue is full is logged as an error, never dropped silently. At shutdown it is completed (no new jobs) and drained;
/// <see cref="Abandoned"/> fires only when the host's shutdown timeout runs out, and cancels whatever still runs.
/// </summary>
internal sealed class SlackJobQueue(ILogger<SlackJobQueue> logger) : IDisposable
{
    public const int Capacity = 1_000;

    private readonly Channel<SlackJob> channel = Channel.CreateBounded<SlackJob>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });
    private readonly CancellationTokenSource abandoned = new();
    private volatile bool completed;

    public ChannelReader<SlackJob> Reader => channel.Reader;

    /// <summary>Cancels the jobs' work, the answers of slow slash commands included, once shutdown cannot wait for them.</summary>
    public CancellationToken Abandoned => abandoned.Token;

    public int Count => channel.Reader.Count;

    /// <summary>True once shutdown began: no job is taken any more.</summary>
    public bool IsClosed => completed;

    public bool Enqueue(SlackJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (channel.Writer.TryWrite(job))
        {
            return true;
        }

        if (IsClosed)
        {
            Log.RefusedStopping(logger, job.GetType().Name);
        }
        else
        {
            Log.QueueFull(logger, job.GetType().Name);
        }

        return false;
    }

    /// <summary>Takes no new jobs; those queued are still read.</summary>
    public void Complete()
    {
        completed = true;
        channel.Writer.TryComplete();
    }

    public void Abandon() => abandoned.Cancel();

    public void Dispose() => abandoned.Dispose();
}
