using System.Collections.Concurrent;

namespace BriefBot.Core.Chat;

/// <summary>
/// Event claims held in memory, for a single process without a store (tests, one-shot commands). Forgets claims
/// after <see cref="Retention"/>, so memory stays bounded however long the bot runs.
/// </summary>
public sealed class MemoryEventClaims : IEventClaims
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<(string Platform, string EventId), DateTimeOffset> claimed = new();
    private DateTimeOffset nextPrune = DateTimeOffset.MinValue;

    public Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        if (now >= nextPrune)
        {
            nextPrune = now + TimeSpan.FromMinutes(10);
            foreach (var (key, at) in claimed)
            {
                if (at < now - Retention)
                {
                    claimed.TryRemove(key, out _);
                }
            }
        }

        return Task.FromResult(claimed.TryAdd((platform, eventId), now));
    }
}
