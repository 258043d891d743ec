using BriefBot.Slack.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Events;

/// <summary>
/// Takes an event_callback (HTTP body or Socket Mode events_api payload) and queues the question it holds, once: a
/// retried delivery, or the same message seen as both app_mention and message, is acked and dropped.
/// </summary>
internal sealed class EventCallbackHandler(QuestionFilter filter, RecentDeliveries recent, SlackJobQueue queue, ILogger<EventCallbackHandler> logger)
{
    public void Handle(EventCallback callback, int? retry)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.Type != EventCallback.Callback || filter.ToQuestion(callback.Event) is not { } question)
        {
            return;
        }

        var message = "message:" + question.Channel + ":" + callback.Event!.Ts;
        if (!recent.TryClaim(callback.EventId is { } id ? "event:" + id : null, message))
        {
            Log.Duplicate(logger, callback.EventId ?? "?", retry ?? 0);
            return;
        }

        queue.Enqueue(new AnswerJob(question));
    }
}
