using BriefBot.Discord.Queues;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Answers interactions that came over the Gateway through <c>POST /interactions/{id}/{token}/callback</c>. Follow-ups
/// go to their own queue, so a slow deferred answer never holds up the next interaction's 3-second deadline.
/// </summary>
internal sealed class InteractionWorker(
    WorkQueue<Interaction> queue,
    InteractionResponder responder,
    WorkQueue<InteractionFollowUp> followUps,
    DiscordRestClient rest,
    ILogger<InteractionWorker> logger) : QueueWorker<Interaction>(queue, logger)
{
    protected override async Task HandleAsync(Interaction item, CancellationToken cancellationToken)
    {
        var outcome = await responder.RespondAsync(item, cancellationToken).ConfigureAwait(false);
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

        if (outcome.FollowUp is { } followUp)
        {
            followUps.Enqueue(followUp);
        }
    }
}
