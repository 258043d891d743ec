namespace BriefBot.Slack.Events;

/// <summary>
/// Remembers recently handled deliveries, so a retried event (same event_id, after an HTTP retry or a Socket Mode
/// retry_attempt) and the same message arriving as both app_mention and message never get a second reply. Memory is
/// bounded: entries expire after <see cref="Window"/>, and past <see cref="Capacity"/> the oldest go first.
/// </summary>
internal sealed class RecentEvents(TimeProvider time)
{
    /// <summary>Slack's last retry comes about five minutes after the first delivery; an hour leaves ample room.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public const int Capacity = 10_000;

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> order = new();
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return seen.Count;
            }
        }
    }

    /// <summary>Claims every key at once; false (and nothing claimed) if any was claimed before.</summary>
    public bool TryClaim(params ReadOnlySpan<string?> keys)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            while (order.TryPeek(out var oldest) && now - oldest.At > Window)
            {
                Forget();
            }

            foreach (var key in keys)
            {
                if (key is not null && seen.Contains(key))
                {
                    return false;
                }
            }

            foreach (var key in keys)
            {
                if (key is not null && seen.Add(key))
                {
                    order.Enqueue((key, now));
                }
            }

            while (order.Count > Capacity)
            {
                Forget();
            }

            return true;
        }
    }

    /// <summary>Forgets keys claimed for an event the bot then refused, so the platform's redelivery is not taken for a duplicate.</summary>
    public void Release(params ReadOnlySpan<string?> keys)
    {
        lock (gate)
        {
            foreach (var key in keys)
            {
                if (key is not null)
                {
                    // Its entry in the order queue stays, and expiring it may forget a later claim of the same key: an hour
                    // after the refusal, when Slack's retries are long over.
                    seen.Remove(key);
                }
            }
        }
    }

    private void Forget() => seen.Remove(order.Dequeue().Key);
}
