using System.Collections.Concurrent;
using System.Globalization;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Discord's REST rate limits as the responses describe them: per-bucket counters from the <c>X-RateLimit-*</c>
/// headers (routes that share an <c>X-RateLimit-Bucket</c> hash and major parameter share a counter) and a global
/// pause after a global 429. Requests on one route go one at a time, so each sees the counter its predecessor left.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time)
{
    private const int MaxTracked = 1_000;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> turns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);
    private long globalResetTicks;

    /// <summary>Waits for the route's turn; dispose the result to hand the turn on.</summary>
    public async Task<IDisposable> EnterAsync(RestRoute route, CancellationToken cancellationToken)
    {
        var turn = turns.GetOrAdd(route.Key, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(turn);
    }

    /// <summary>How long to wait before the route may send: until a global pause ends or an exhausted bucket refills.</summary>
    public TimeSpan Delay(RestRoute route)
    {
        var now = time.GetUtcNow();
        var wait = new DateTimeOffset(Interlocked.Read(ref globalResetTicks), TimeSpan.Zero) - now;
        if (buckets.TryGetValue(BucketKey(route), out var bucket) && bucket.Remaining <= 0)
        {
            var refill = bucket.ResetAt - now;
            wait = refill > wait ? refill : wait;
        }

        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>Reads the rate-limit headers of a response.</summary>
    public void Update(RestRoute route, HttpResponseMessage response)
    {
        Prune();
        if (Header(response, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            hashes[route.Key] = hash;
        }

        if (int.TryParse(Header(response, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(response, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            buckets[BucketKey(route)] = new RateLimitBucket(remaining, time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter));
        }
    }

    /// <summary>After a 429: nothing more on this bucket (or, for a global limit, at all) until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(RestRoute route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            long seen;
            do
            {
                seen = Interlocked.Read(ref globalResetTicks);
            }
            while (until.UtcTicks > seen && Interlocked.CompareExchange(ref globalResetTicks, until.UtcTicks, seen) != seen);
        }
        else
        {
            buckets[BucketKey(route)] = new RateLimitBucket(0, until);
        }
    }

    /// <summary>Routes, buckets and hashes tracked right now; each interaction token is a route of its own.</summary>
    internal int Tracked => turns.Count + buckets.Count + hashes.Count;

    /// <summary>
    /// Forgets what no longer matters, so a long-running bot that answers many interactions (each its own route)
    /// does not keep every one: routes nobody is sending on, buckets already refilled, and learned hashes (relearned
    /// from the next response).
    /// </summary>
    private void Prune()
    {
        if (turns.Count > MaxTracked)
        {
            foreach (var turn in turns.Where(t => t.Value.CurrentCount == 1))
            {
                turns.TryRemove(turn);
            }
        }

        if (buckets.Count > MaxTracked)
        {
            var now = time.GetUtcNow();
            foreach (var bucket in buckets.Where(b => b.Value.ResetAt < now))
            {
                buckets.TryRemove(bucket);
            }
        }

        if (hashes.Count > MaxTracked)
        {
            hashes.Clear();
        }
    }

    private string BucketKey(RestRoute route) =>
        hashes.TryGetValue(route.Key, out var hash) ? hash + ":" + route.Major : route.Key;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
