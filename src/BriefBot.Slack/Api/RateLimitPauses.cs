using System.Collections.Concurrent;

namespace BriefBot.Slack.Api;

/// <summary>
/// Slack's rate limits as the 429s describe them, per bucket: a method (Slack's tiers are per method and workspace),
/// or a method and channel where Slack limits per channel (chat.postMessage). After a 429, calls in that bucket wait
/// until its Retry-After has passed instead of being refused again; calls in other buckets go on.
/// </summary>
internal sealed class RateLimitPauses(TimeProvider time)
{
    private const int MaxTracked = 1_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> until = new(StringComparer.Ordinal);

    public static string Bucket(string method, string? channel) => channel is null ? method : method + ":" + channel;

    /// <summary>How long a call in <paramref name="bucket"/> must still wait.</summary>
    public TimeSpan Delay(string bucket)
    {
        var wait = until.TryGetValue(bucket, out var end) ? end - time.GetUtcNow() : TimeSpan.Zero;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    public void Pause(string bucket, TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        if (until.Count > MaxTracked)
        {
            foreach (var pause in until.Where(p => p.Value <= now))
            {
                until.TryRemove(pause);
            }
        }

        until.AddOrUpdate(bucket, now + retryAfter, (_, seen) => seen > now + retryAfter ? seen : now + retryAfter);
    }
}
