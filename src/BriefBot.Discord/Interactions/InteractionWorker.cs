using BriefBot.Core.Operations;
using BriefBot.Discord.Events;
using BriefBot.Discord.Queues;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Answers interactions that came over the Gateway through <c>POST /interactions/{id}/{token}/callback</c>. Follow-ups
/// go to their own queue, so a slow deferred answer never holds up the next interaction's 3-second deadline.
/// </summary>
internal sealed class InteractionWorker(
    WorkQueue<ReceivedInteraction> queue,
    InteractionResponder responder,
    DuplicateEvents duplicates,
    WorkQueue<InteractionFollowUp> followUps,
    DiscordRestClient rest,
    BriefBotMetrics metrics,
    TimeProvider time,
    ShutdownDeadline deadline,
    ILogger<InteractionWorker> logger) : QueueWorker<ReceivedInteraction>(queue, deadline, logger)
{
    protected override async Task HandleAsync(ReceivedInteraction received, CancellationToken cancellationToken)
    {
        var item = received.Interaction;
        if (!await duplicates.IsFirstAsync(item.Id, DuplicateEvents.InteractionBudget, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var outcome = await responder.RespondAsync(item, received.ReceivedAt, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            Log.Unsupported(logger, item.Type);
            return;
        }

        var response = await rest.CreateInteractionResponseAsync(item.Id, item.Token, outcome.Response, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            Log.ResponseFailed(logger, item.Type, response.Status);
            return;
        }

        if (outcome.RepliesToCommand(item))
        {
            metrics.DiscordReplySent(time, received.ReceivedAt);
        }

        if (outcome.FollowUp is { } followUp)
        {
            followUps.Enqueue(followUp);
        }
    }

    /// <summary>The last interaction from the Gateway is answered: what follows them is all queued.</summary>
    protected override void Drained() => followUps.Complete();
}
