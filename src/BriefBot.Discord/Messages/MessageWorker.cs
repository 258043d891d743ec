using BriefBot.Core.Chat;
using BriefBot.Core.Operations;
using BriefBot.Discord.Events;
using BriefBot.Discord.Queues;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Messages;

/// <summary>Answers the questions the Gateway queued, one at a time, as replies to the asking message.</summary>
internal sealed partial class MessageWorker(
    WorkQueue<IncomingQuestion> queue,
    IAnswerer answerer,
    DuplicateEvents duplicates,
    DiscordRestClient rest,
    BriefBotMetrics metrics,
    TimeProvider time,
    ShutdownDeadline deadline,
    ILogger<MessageWorker> logger)
    : QueueWorker<IncomingQuestion>(queue, deadline, logger)
{
    protected override async Task HandleAsync(IncomingQuestion item, CancellationToken cancellationToken)
    {
        if (!await duplicates.IsFirstAsync(item.MessageId, DuplicateEvents.MessageBudget, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var reply = await answerer.AnswerAsync(new Question(item.Text, DiscordChatAdapter.PlatformName, item.ChannelId, item.UserId), cancellationToken).ConfigureAwait(false);
        var response = await rest.CreateMessageAsync(item.ChannelId, EmbedReply.ForMessage(reply, item.MessageId), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            metrics.DiscordReplySent(time, item.ReceivedAt);
            Log.Replied(logger, item.ChannelId, reply.Answered, reply.Confidence);
        }
        else
        {
            Log.ReplyFailed(logger, item.ChannelId, response.Status);
        }
    }
}
