using BriefBot.Core.Chat;
using BriefBot.Core.Operations;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Events;

/// <summary>
/// Lets one process answer each message or interaction. During a rolling deployment two processes can briefly hold
/// the same shard and both receive an event, and a resumed session can replay one; the first to claim its id (in the
/// store every replica shares) answers it, the others drop it.
/// <para>
/// When the claim cannot be made (the database is down, or slower than the budget allows) the event
/// is answered anyway, with a warning: a rare double answer during an outage beats a bot that falls silent with its
/// database, and an interaction not answered in 3 seconds is lost for good.
/// </para>
/// </summary>
internal sealed class DuplicateEvents(IEventClaims claims, BriefBotMetrics metrics, TimeProvider time, ILogger<DuplicateEvents> logger)
{
    /// <summary>Messages have no deadline, but a stuck database must not stall every reply behind it.</summary>
    public static readonly TimeSpan MessageBudget = TimeSpan.FromSeconds(5);

    /// <summary>Counted in Discord's 3 seconds: the answer's own budget runs from the arrival too.</summary>
    public static readonly TimeSpan InteractionBudget = TimeSpan.FromSeconds(1);

    /// <summary>True when this process should answer the event; false for a duplicate, which is counted.</summary>
    public async Task<bool> IsFirstAsync(string eventId, TimeSpan budget, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(budget, time);
        using var claim = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // WaitAsync as well: a store that ignores the token still cannot hold the reply past the budget.
            if (await claims.TryClaimEventAsync(DiscordChatAdapter.PlatformName, eventId, time.GetUtcNow(), claim.Token).WaitAsync(claim.Token).ConfigureAwait(false))
            {
                return true;
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ClaimFailed(logger, eventId, e);
            return true;
        }

        metrics.DuplicateEvent(DiscordChatAdapter.PlatformName);
        Log.Duplicate(logger, eventId);
        return false;
    }
}
