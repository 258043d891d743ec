using System.Threading.Channels;

namespace BriefBot.Discord.Queues;

/// <summary>
/// Work handed from a receive loop to a background worker. Unbounded, so the Gateway's receive loop never waits on
/// a reply: Discord's own rate of events bounds it in practice.
/// </summary>
internal sealed class WorkQueue<T>
{
    private readonly Channel<T> channel = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(T item)
    {
        if (!channel.Writer.TryWrite(item))
        {
            throw new InvalidOperationException("The work queue is closed.");
        }
    }

    public IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
