using BriefBot.Core.Chat;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Core.Digests;
using BriefBot.Core.Operations;
using BriefBot.Slack.Api;
using BriefBot.Slack.BlockKit;
using BriefBot.Slack.Events;
using BriefBot.Slack.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.Commands;

/// <summary>
/// <c>/brief &lt;question&gt;</c>, <c>/brief help</c> and <c>/brief digest</c>. The reply is the ack itself (the HTTP
/// response or the Socket Mode ack payload), ephemeral. Slack waits 3 s for it: a reply not ready by
/// <see cref="Deadline"/> is acked with a holding note and posted to the response_url when done, as are the later
/// parts of a digest too long for one message.
/// </summary>
internal sealed class SlashCommandHandler(
    IAnswerer answerer,
    ReplyPipeline<SlackJob> pipeline,
    ResponseUrlPolicy responseUrls,
    IOptions<SlackOptions> options,
    TimeProvider time,
    BriefBotMetrics metrics,
    ILogger<SlashCommandHandler> logger,
    IDigestPreviewer? previewer = null)
{
    /// <summary>Slack's limit is 3,000 ms; the rest is left for the network.</summary>
    internal static readonly TimeSpan Deadline = TimeSpan.FromMilliseconds(2_500);

    /// <summary>Slack accepts up to five posts to one response_url.</summary>
    internal const int ResponseUrlPosts = 5;

    /// <param name="command">The command.</param>
    /// <param name="arrived">The TimeProvider timestamp of its arrival, to time the reply.</param>
    /// <param name="cancellationToken">Stops waiting for the reply (not the work itself).</param>
    public async Task<ResponseMessage> HandleAsync(SlashCommand command, long arrived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var responseUrl = responseUrls.Trusted(command.ResponseUrl);
        // The work outlives the request if it misses the deadline; it then finishes as a queued job, so it stops only
        // when the queue's jobs are abandoned, not with the request nor at the first moment of shutdown.
        var work = RespondAsync(command, pipeline.Abandoned);
        IReadOnlyList<SlackMessage> messages;
        try
        {
            messages = await work.WaitAsync(Deadline, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Log.Slow(logger, command.ChannelId ?? "?");
            if (responseUrl is null || pipeline.TryEnqueue(new RespondLaterJob(responseUrl, work, arrived)) != Intake.Taken)
            {
                return ResponseMessage.Ephemeral(StockReplies.Failed);
            }

            return ResponseMessage.Ephemeral(StockReplies.StillWorking);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.Failed(logger, e);
            return ResponseMessage.Ephemeral(StockReplies.Failed);
        }

        if (messages.Count > 1 && responseUrl is not null)
        {
            pipeline.TryEnqueue(new RespondLaterJob(responseUrl, Task.FromResult<IReadOnlyList<SlackMessage>>([.. messages.Skip(1).Take(ResponseUrlPosts)])));
        }

        // The reply leaves with the ack (the HTTP response, the Socket Mode ack): as accepted as it can be measured.
        metrics.ReplySent(SlackChatAdapter.PlatformName, time.GetElapsedTime(arrived));
        return ResponseMessage.Ephemeral(messages[0]);
    }

    private async Task<IReadOnlyList<SlackMessage>> RespondAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var text = SlackMarkup.ToPlainText(command.Text ?? "", null);
        var channel = command.ChannelId ?? "";
        if (text.Length == 0 || text.Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            return [StockReplies.Usage(options.Value.Command)];
        }

        if (text.Equals("digest", StringComparison.OrdinalIgnoreCase))
        {
            if (previewer is null)
            {
                return [StockReplies.NoDigests];
            }

            var digest = await previewer.PreviewAsync(SlackChatAdapter.PlatformName, channel, cancellationToken).ConfigureAwait(false);
            return BlockKitDigest.Render(digest);
        }

        var reply = await answerer.AnswerAsync(new Question(text, SlackChatAdapter.PlatformName, channel, command.UserId), cancellationToken).ConfigureAwait(false);
        return [BlockKitReply.Render(reply, echoQuestion: true)];
    }
}
