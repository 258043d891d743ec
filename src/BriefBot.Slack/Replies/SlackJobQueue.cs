using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Replies;

/// <summary>
/// The queue between the ack and the answer. Bounded, so a flood cannot exhaust memory; a job refused because the
/// queue is full is logged as an error, never dropped silently.
/// </summary>
internal sealed partial class SlackJobQueue(ILogger<SlackJobQueue> logger)
{
    public const int Capacity = 1_000;

    private readonly Channel<SlackJob> channel = Channel.CreateBounded<SlackJob>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<SlackJob> Reader => channel.Reader;

    public bool Enqueue(SlackJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (channel.Writer.TryWrite(job))
        {
            return true;
        }

        Log.QueueFull(logger, job.GetType().Name);
        return false;
    }
}
