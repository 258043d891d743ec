namespace BriefBot.Authoring.Security;

/// <summary>
/// Limits failed sign-ins per client address: after <see cref="MaxFailures"/> failures within <see cref="Window"/>,
/// every attempt from that address is refused, right token or not, until the oldest failure is a window old. Behind
/// a reverse proxy all clients share the proxy's address, which only makes the limit stricter.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    // Bounds memory under a flood from many addresses; beyond it every new address shares one bucket.
    private const int MaxClients = 10_000;
    private const string Overflow = "*";

    private readonly Dictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>How long <paramref name="client"/> must wait before trying again; zero when it may try now.</summary>
    public TimeSpan RetryAfter(string client)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (!failures.TryGetValue(Key(client), out var recent))
            {
                return TimeSpan.Zero;
            }

            Expire(recent, now);
            return recent.Count >= MaxFailures ? recent.Peek() + Window - now : TimeSpan.Zero;
        }
    }

    public void Failed(string client)
    {
        lock (gate)
        {
            var key = Key(client);
            if (!failures.TryGetValue(key, out var recent))
            {
                failures[key] = recent = new Queue<DateTimeOffset>();
            }

            recent.Enqueue(time.GetUtcNow());
        }
    }

    public void Succeeded(string client)
    {
        lock (gate)
        {
            failures.Remove(client);
        }
    }

    private string Key(string client)
    {
        if (failures.Count < MaxClients || failures.ContainsKey(client))
        {
            return client;
        }

        var now = time.GetUtcNow();
        foreach (var (key, recent) in failures.ToList())
        {
            Expire(recent, now);
            if (recent.Count == 0)
            {
                failures.Remove(key);
            }
        }

        return failures.Count < MaxClients ? client : Overflow;
    }

    private static void Expire(Queue<DateTimeOffset> recent, DateTimeOffset now)
    {
        while (recent.Count > 0 && recent.Peek() + Window <= now)
        {
            recent.Dequeue();
        }
    }
}
