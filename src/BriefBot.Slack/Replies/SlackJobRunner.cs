using BriefBot.Core.Chat;
using BriefBot.Core.Operations;
using BriefBot.Slack.Api;
using BriefBot.Slack.BlockKit;
using BriefBot.Slack.Events;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Replies;

/// <summary>
/// Does one queued job: answers and posts (if this replica wins the event's claim), records feedback and thanks the
/// clicker, or finishes a slash command. A reply Slack accepted is timed from its question's arrival.
/// </summary>
internal sealed class SlackJobRunner(
    IAnswerer answerer,
    SlackWebApi api,
    SharedDeliveries deliveries,
    BriefBotMetrics metrics,
    TimeProvider time,
    ILogger<SlackJobRunner> logger)
{
    public Task RunAsync(SlackJob job, CancellationToken cancellationToken) => job switch
    {
        AnswerJob answer => AnswerAsync(answer, cancellationToken),
        FeedbackJob feedback => RecordFeedbackAsync(feedback, cancellationToken),
        RespondLaterJob later => RespondLaterAsync(later, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, "Unknown Slack job."),
    };

    private async Task AnswerAsync(AnswerJob job, CancellationToken cancellationToken)
    {
        if (!await deliveries.TryClaimAsync(job.EventId, job.MessageKey, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var question = job.Question;
        var message = question.Text.Length == 0
            ? StockReplies.MentionHelp
            : BlockKitReply.Render(await answerer.AnswerAsync(new Question(question.Text, SlackChatAdapter.PlatformName, question.Channel, question.User), cancellationToken).ConfigureAwait(false));
        var result = await api.PostMessageAsync(PostMessageRequest.For(question.Channel, message, question.ThreadTs), cancellationToken).ConfigureAwait(false);
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
