using BriefBot.Core.Operations;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Chat;

/// <summary>
/// Lets one process answer each platform event, in the store every replica shares. A platform delivers an event
/// twice (Slack retries one it thinks was lost; two processes briefly hold one Discord shard during a rolling
/// deployment; a resumed session replays one): the first to claim its ids answers it, the others drop it.
/// <para>
/// When the claim cannot be made (the database is down, or slower than the budget allows) the event is answered
/// anyway, with a warning: a rare double answer during an outage beats a bot that falls silent with its database,
/// and an interaction not answered in 3 seconds is lost for good.
/// </para>
/// </summary>
public sealed partial class DuplicateEvents(IEventClaims claims, BriefBotMetrics metrics, TimeProvider time, ILogger<DuplicateEvents> logger, StoreHealth? store = null)
{
    /// <summary>Messages have no deadline, but a stuck database must not stall every reply behind it.</summary>
    public static readonly TimeSpan MessageBudget = TimeSpan.FromSeconds(5);

    /// <summary>Counted in Discord's 3 seconds: the answer's own budget runs from the arrival too.</summary>
    public static readonly TimeSpan InteractionBudget = TimeSpan.FromSeconds(1);

    /// <summary>True when this process should answer the event; false for a duplicate, which is counted.</summary>
    public Task<bool> IsFirstAsync(string platform, string eventId, TimeSpan budget, CancellationToken cancellationToken = default) =>
        IsFirstAsync(platform, [eventId], budget, cancellationToken);

    /// <summary>
    /// Claims each of <paramref name="eventIds"/> in turn (one message can come as two events with two ids): true when
    /// every claim is this process's, false as soon as one was made before.
    /// </summary>
    public async Task<bool> IsFirstAsync(string platform, IReadOnlyList<string> eventIds, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        using var timeout = new CancellationTokenSource(budget, time);
        using var claim = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var now = time.GetUtcNow();
        foreach (var eventId in eventIds)
        {
            try
            {
                // WaitAsync as well: a store that ignores the token still cannot hold the reply past the budget.
                var first = await claims.TryClaimEventAsync(platform, eventId, now, claim.Token).WaitAsync(claim.Token).ConfigureAwait(false);
                store?.Worked();
                if (first)
                {
                    continue;
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                store?.Failed("event claim", e);
                Log.ClaimFailed(logger, platform, eventId, e);
                return true;
            }

            metrics.DuplicateEvent(platform);
            Log.Duplicate(logger, platform, eventId);
            return false;
        }

        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 565, Level = LogLevel.Debug, Message = "Dropped {Platform} event {EventId}: already handled here, by another replica, or before a restart")]
        public static partial void Duplicate(ILogger logger, string platform, string eventId);

        [LoggerMessage(EventId = 566, Level = LogLevel.Warning, Message = "Could not claim {Platform} event {EventId} in the store; answering it anyway, at the risk of a double answer")]
        public static partial void ClaimFailed(ILogger logger, string platform, string eventId, Exception exception);
    }
}
