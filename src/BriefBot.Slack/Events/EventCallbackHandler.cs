using BriefBot.Core.Chat.Pipeline;
using BriefBot.Core.Operations;
using BriefBot.Slack.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Events;

/// <summary>
/// Takes an event_callback (HTTP body or Socket Mode events_api payload) and queues the question it holds, once: a
/// retried delivery, or the same message seen as both app_mention and message, is acked and dropped. This is the
/// cheap in-process check; <see cref="BriefBot.Core.Chat.DuplicateEvents"/> has the last word in the pipeline.
/// </summary>
internal sealed class EventCallbackHandler(QuestionDetector detector, RecentEvents recent, ReplyPipeline<SlackJob> pipeline, BriefBotMetrics metrics, ILogger<EventCallbackHandler> logger)
{
    /// <param name="callback">The event.</param>
    /// <param name="retry">Slack's retry number, if it says this is a redelivery.</param>
    /// <param name="arrived">The TimeProvider timestamp of the event's arrival, to time the reply.</param>
    /// <returns>
    /// Whether the event may be acknowledged: anything but <see cref="Intake.Taken"/> means the bot will not answer
    /// it, so the caller must refuse it and let Slack deliver it again (here once there is room, or at another replica).
    /// </returns>
    public Intake Handle(EventCallback callback, int? retry, long arrived)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.Type != EventCallback.Callback || detector.Detect(callback.Event) is not { } question)
        {
            return Intake.Taken;
        }

        var message = "message:" + question.Channel + ":" + question.MessageId;
        var eventKey = callback.EventId is { } id ? "event:" + id : null;
        if (!recent.TryClaim(eventKey, message))
        {
            Log.Duplicate(logger, callback.EventId ?? "?", retry ?? 0);
            metrics.DuplicateEvent(SlackChatAdapter.PlatformName);
            return Intake.Taken;
        }

        var intake = pipeline.TryEnqueue(new AnswerJob(question, callback.EventId, message, arrived));
        if (intake != Intake.Taken)
        {
            // Not taken, so not seen: Slack's redelivery of this event must be answered, not dropped as a duplicate.
            recent.Release(eventKey, message);
            Log.Refused(logger, callback.EventId ?? "?", question.Channel, intake);
        }

        return intake;
    }
}
