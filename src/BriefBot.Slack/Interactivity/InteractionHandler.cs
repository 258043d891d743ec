using BriefBot.Core.Chat;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Slack.Api;
using BriefBot.Slack.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Interactivity;

/// <summary>
/// Block actions from the Helpful / Not helpful buttons. The ack goes out at once; recording the feedback and thanking
/// the clicker happen in the reply pipeline.
/// </summary>
internal sealed class InteractionHandler(ReplyPipeline<SlackJob> pipeline, ResponseUrlPolicy responseUrls, ILogger<InteractionHandler> logger)
{
    /// <returns>Anything but <see cref="Intake.Taken"/>: a click the pipeline refused, which must not be acked.</returns>
    public Intake Handle(InteractionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Type != InteractionPayload.BlockActions)
        {
            Log.Ignored(logger, payload.Type ?? "?");
            return Intake.Taken;
        }

        foreach (var action in payload.Actions ?? [])
        {
            if (FeedbackActions.IsHelpful(action.ActionId) is not { } helpful
                || action.Value is not { Length: > 0 and <= FeedbackActions.MaxEntryIdLength } entryId)
            {
                continue;
            }

            var feedback = new Feedback(entryId, helpful, SlackChatAdapter.PlatformName, payload.Channel?.Id ?? "", payload.User?.Id);
            if (pipeline.TryEnqueue(new FeedbackJob(feedback, responseUrls.Trusted(payload.ResponseUrl))) is var intake and not Intake.Taken)
            {
                return intake;
            }
        }

        return Intake.Taken;
    }
}
