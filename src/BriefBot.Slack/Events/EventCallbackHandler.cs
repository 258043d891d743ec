using BriefBot.Core.Operations;
using BriefBot.Slack.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Events;

/// <summary>
/// Takes an event_callback (HTTP body or Socket Mode events_api payload) and queues the question it holds, once: a
/// retried delivery, or the same message seen as both app_mention and message, is acked and dropped. This is the
/// cheap in-process check; <see cref="SharedDeliveries"/> has the last word in the worker.
/// </summary>
internal sealed class EventCallbackHandler(QuestionFilter filter, RecentDeliveries recent, SlackJobQueue queue, BriefBotMetrics metrics, ILogger<EventCallbackHandler> logger)
{
    /// <param name="callback">The event.</param>
    /// <param name="retry">Slack's retry number, if it says this is a redelivery.</param>
    /// <param name="arrived">The TimeProvider timestamp of the event's arrival, to time the reply.</param>
    /// <returns>False when the event held a question this replica can no longer take, because it is stopping.</returns>
    public bool Handle(EventCallback callback, int? retry, long arrived)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.Type != EventCallback.Callback || filter.ToQuestion(callback.Event) is not { } question)
        {
            return true;
        }

        // Checked before the claim, so that Slack's retry of a refused event is not taken for a duplicate.
        if (queue.IsClosed)
        {
            return false;
        }

        var message = "message:" + question.Channel + ":" + callback.Event!.Ts;
        var eventKey = callback.EventId is { } id ? "event:" + id : null;
        if (!recent.TryClaim(eventKey, message))
        {
            Log.Duplicate(logger, callback.EventId ?? "?", retry ?? 0);
            metrics.DuplicateEvent(SlackChatAdapter.PlatformName);
            return true;
        }

        return queue.Enqueue(new AnswerJob(question, callback.EventId, message, arrived)) || !queue.IsClosed;
    }
}
