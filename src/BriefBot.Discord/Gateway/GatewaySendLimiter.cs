namespace BriefBot.Discord.Gateway;

/// <summary>
/// Discord closes a connection that sends more than 120 payloads in 60 seconds. This sliding window holds a send
/// until the oldest of the last 120 is a minute old. One limiter per connection, as Discord counts.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = GatewaySendLimiter.Limit) : IDisposable
{
    public const int Limit = 120;

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Queue<DateTimeOffset> sent = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                while (sent.Count > 0 && now - sent.Peek() >= Window)
                {
                    sent.Dequeue();
                }

                if (sent.Count < limit)
                {
                    sent.Enqueue(now);
                    return;
                }

                await Task.Delay(sent.Peek() + Window - now, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
