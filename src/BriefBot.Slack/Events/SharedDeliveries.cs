using BriefBot.Core.Chat;
using BriefBot.Core.Operations;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Events;

/// <summary>
/// The authority on whether this replica answers an event: the claims in the store, which every replica shares and
/// which outlive a restart. <see cref="RecentDeliveries"/> catches most duplicates in-process before the ack; this
/// catches the rest (a retry that went to another replica, or arrived after a restart).
/// </summary>
/// <remarks>
/// Both the event_id and the message itself (channel and ts) are claimed: a mention in a configured channel comes as
/// two events with different ids, which two replicas may receive one each. When the claim itself fails (the database
/// is down) the question is answered anyway, with a warning: a missing answer is worse than a rare double one.
/// Claims happen in the worker, after the ack, so a slow database can never make Slack miss its 3-second ack.
/// </remarks>
internal sealed class SharedDeliveries(IEventClaims claims, TimeProvider time, BriefBotMetrics metrics, ILogger<SharedDeliveries> logger)
{
    public async Task<bool> TryClaimAsync(string? eventId, string messageKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            if ((eventId is null || await claims.TryClaimEventAsync(SlackChatAdapter.PlatformName, eventId, now, cancellationToken).ConfigureAwait(false))
                && await claims.TryClaimEventAsync(SlackChatAdapter.PlatformName, messageKey, now, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.ClaimFailed(logger, eventId ?? "?", e);
            return true;
        }

        Log.ClaimedElsewhere(logger, eventId ?? "?");
        metrics.DuplicateEvent(SlackChatAdapter.PlatformName);
        return false;
    }
}
