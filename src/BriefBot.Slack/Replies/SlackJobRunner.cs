using BriefBot.Core.Chat;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Core.Operations;
using BriefBot.Slack.Api;
using BriefBot.Slack.BlockKit;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Replies;

/// <summary>
/// Does one queued job: answers and posts (if this replica wins the event's claim), records feedback and thanks the
/// clicker, or finishes a slash command. A reply Slack accepted is timed from its question's arrival. Its jobs never
/// have a follow-up.
/// </summary>
internal sealed class SlackJobRunner(
    IAnswerer answerer,
    SlackWebApi api,
    DuplicateEvents duplicates,
    BriefBotMetrics metrics,
    TimeProvider time,
    ILogger<SlackJobRunner> logger) : IReplyRunner<SlackJob>
{
    public async Task<SlackJob?> RunAsync(SlackJob job, CancellationToken cancellationToken)
    {
        await (job switch
        {
            AnswerJob answer => AnswerAsync(answer, cancellationToken),
            FeedbackJob feedback => RecordFeedbackAsync(feedback, cancellationToken),
            RespondLaterJob later => RespondLaterAsync(later, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(job), job, "Unknown Slack job."),
        }).ConfigureAwait(false);
        return null;
    }

    private async Task AnswerAsync(AnswerJob job, CancellationToken cancellationToken)
    {
        // Claimed here, after the ack, so a slow database can never make Slack miss its 3-second ack. Both the event_id
        // and the message itself: a mention in a configured channel comes as two events, which two replicas may get.
        string[] keys = job.EventId is { } id ? [id, job.MessageKey] : [job.MessageKey];
        if (!await duplicates.IsFirstAsync(SlackChatAdapter.PlatformName, keys, DuplicateEvents.MessageBudget, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var question = job.Question;
        var message = question.Question.Text.Length == 0
            ? StockReplies.MentionHelp
            : BlockKitReply.Render(await answerer.AnswerAsync(question.Question, cancellationToken).ConfigureAwait(false));
        var result = await api.PostMessageAsync(PostMessageRequest.For(question.Channel, message, question.Thread), cancellationToken).ConfigureAwait(false);
        if (result.Ok)
        {
            metrics.ReplySent(SlackChatAdapter.PlatformName, time.GetElapsedTime(job.Arrived));
            Log.Replied(logger, question.Channel);
        }
        else
        {
            Log.ReplyNotDelivered(logger, question.Channel, result.Error ?? "unknown");
        }
    }

    private async Task RecordFeedbackAsync(FeedbackJob job, CancellationToken cancellationToken)
    {
        await answerer.RecordFeedbackAsync(job.Feedback, cancellationToken).ConfigureAwait(false);
        Log.FeedbackRecorded(logger, job.Feedback.Channel, job.Feedback.Helpful);
        if (job.ResponseUrl is { } url)
        {
            // Only the clicker sees the thanks; the answer itself stays as it was for everyone else.
            await api.RespondAsync(url, ResponseMessage.Ephemeral(StockReplies.FeedbackThanks(job.Feedback.Helpful), replaceOriginal: false), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RespondLaterAsync(RespondLaterJob job, CancellationToken cancellationToken)
    {
        IReadOnlyList<SlackMessage> messages;
        try
        {
            messages = await job.Messages.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LateReplyFailed(logger, e);
            messages = [StockReplies.Failed];
        }

        for (var i = 0; i < messages.Count; i++)
        {
            if (!await api.RespondAsync(job.ResponseUrl, ResponseMessage.Ephemeral(messages[i]), cancellationToken).ConfigureAwait(false))
            {
                Log.ResponseNotDelivered(logger);
                return;
            }

            if (job.Arrived is { } arrived && i == 0)
            {
                metrics.ReplySent(SlackChatAdapter.PlatformName, time.GetElapsedTime(arrived));
            }
        }
    }
}
