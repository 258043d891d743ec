using System.Threading.Channels;

namespace BriefBot.Discord.Queues;

/// <summary>
/// Work handed from a receive loop to a background worker. Unbounded, so the Gateway's receive loop never waits on
/// a reply: Discord's own rate of events bounds it in practice. Completed at shutdown once nothing more can arrive,
/// so the worker finishes what is queued and then ends.
/// </summary>
internal sealed class WorkQueue<T>
{
    // Not SingleReader: that variant cannot count the items waiting, which a shutdown reports.
    private readonly Channel<T> channel = Channel.CreateUnbounded<T>();

    /// <summary>Items waiting, not counting the one a worker may be handling.</summary>
    public int Count => channel.Reader.Count;

    public void Enqueue(T item)
    {
        if (!TryEnqueue(item))
        {
            throw new InvalidOperationException("The work queue is closed.");
        }
    }

    /// <summary>False once the queue is completed: the bot is shutting down and the worker will not take more.</summary>
    public bool TryEnqueue(T item) => channel.Writer.TryWrite(item);

    /// <summary>No more items will come: the reader ends once it has taken those queued.</summary>
    public void Complete() => channel.Writer.TryComplete();

    public IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
