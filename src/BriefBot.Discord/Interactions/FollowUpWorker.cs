using BriefBot.Core.Operations;
using BriefBot.Discord.Payloads;
using BriefBot.Discord.Queues;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Sends what follows an interaction response: fills in a deferred response, then posts any further parts. If the
/// answer failed, the deferred response says so instead of "thinking" until Discord gives up on it.
/// </summary>
internal sealed class FollowUpWorker(
    WorkQueue<InteractionFollowUp> queue,
    DiscordRestClient rest,
    BriefBotMetrics metrics,
    TimeProvider time,
    ShutdownDeadline deadline,
    ILogger<FollowUpWorker> logger)
    : QueueWorker<InteractionFollowUp>(queue, deadline, logger)
{
    protected override async Task HandleAsync(InteractionFollowUp item, CancellationToken cancellationToken)
    {
        IReadOnlyList<MessagePayload> messages;
        try
        {
            messages = await item.Messages.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, e);
            messages = [MessagePayload.Text("Sorry, I could not answer that just now. Please try again.")];
        }

        for (var i = 0; i < messages.Count; i++)
        {
            var editsOriginal = i == 0 && item.EditOriginal;
            var response = editsOriginal
                ? await rest.EditOriginalResponseAsync(item.ApplicationId, item.Token, messages[i], cancellationToken).ConfigureAwait(false)
                : await rest.CreateFollowUpAsync(item.ApplicationId, item.Token, messages[i], cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                Log.FollowUpFailed(logger, response.Status);
                return;
            }

            if (editsOriginal)
            {
                // The deferred reply is now in place of "thinking…": that is when the asker has the answer.
                metrics.DiscordReplySent(time, item.ReceivedAt);
            }
        }
    }
}
