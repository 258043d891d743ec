using BriefBot.Core.Chat;
using BriefBot.Slack.Api;
using BriefBot.Slack.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Interactivity;

/// <summary>
/// Block actions from the Helpful / Not helpful buttons. The ack goes out at once; recording the feedback and thanking
/// the clicker happen on the job queue.
/// </summary>
internal sealed class InteractionHandler(SlackJobQueue queue, ResponseUrlPolicy responseUrls, ILogger<InteractionHandler> logger)
{
    public void Handle(InteractionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Type != InteractionPayload.BlockActions)
        {
            Log.Ignored(logger, payload.Type ?? "?");
            return;
        }

        foreach (var action in payload.Actions ?? [])
        {
            if (FeedbackActions.IsHelpful(action.ActionId) is not { } helpful
                || action.Value is not { Length: > 0 and <= FeedbackActions.MaxEntryIdLength } entryId)
            {
                continue;
            }

            var feedback = new Feedback(entryId, helpful, SlackChatAdapter.PlatformName, payload.Channel?.Id ?? "", payload.User?.Id);
            queue.Enqueue(new FeedbackJob(feedback, responseUrls.Trusted(payload.ResponseUrl)));
        }
    }
}
