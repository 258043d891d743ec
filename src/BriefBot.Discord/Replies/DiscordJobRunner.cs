using BriefBot.Core.Chat;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Core.Operations;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Payloads;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Replies;

/// <summary>
/// Does one Discord job: answers a message as a reply to it, responds to an interaction from the Gateway (through
/// <c>POST /interactions/{id}/{token}/callback</c>, returning its follow-up as the next job), or sends a follow-up,
/// which fills in a deferred response and then posts any further parts. If a deferred answer failed, the response
/// says so instead of "thinking" until Discord gives up on it.
/// </summary>
internal sealed class DiscordJobRunner(
    IAnswerer answerer,
    InteractionResponder responder,
    DuplicateEvents duplicates,
    DiscordRestClient rest,
    BriefBotMetrics metrics,
    TimeProvider time,
    ILogger<DiscordJobRunner> logger) : IReplyRunner<DiscordJob>
{
    public Task<DiscordJob?> RunAsync(DiscordJob job, CancellationToken cancellationToken) => job switch
    {
        MessageJob message => ReplyAsync(message, cancellationToken),
        InteractionJob interaction => RespondAsync(interaction, cancellationToken),
        FollowUpJob followUp => FollowUpAsync(followUp.FollowUp, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, "Unknown Discord job."),
    };

    private async Task<DiscordJob?> ReplyAsync(MessageJob job, CancellationToken cancellationToken)
    {
        var question = job.Question;
        if (!await duplicates.IsFirstAsync(DiscordChatAdapter.PlatformName, question.MessageId, DuplicateEvents.MessageBudget, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var reply = await answerer.AnswerAsync(question.Question, cancellationToken).ConfigureAwait(false);
        var response = await rest.CreateMessageAsync(question.Channel, EmbedReply.ForMessage(reply, question.MessageId), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            metrics.DiscordReplySent(time, job.ReceivedAt);
            Log.Replied(logger, question.Channel, reply.Answered, reply.Confidence);
        }
        else
        {
            Log.ReplyFailed(logger, question.Channel, response.Status);
        }

        return null;
    }

    private async Task<DiscordJob?> RespondAsync(InteractionJob job, CancellationToken cancellationToken)
    {
        var item = job.Interaction;
        if (!await duplicates.IsFirstAsync(DiscordChatAdapter.PlatformName, item.Id, DuplicateEvents.InteractionBudget, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var outcome = await responder.RespondAsync(item, job.ReceivedAt, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            Log.Unsupported(logger, item.Type);
            return null;
        }

        var response = await rest.CreateInteractionResponseAsync(item.Id, item.Token, outcome.Response, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            Log.ResponseFailed(logger, item.Type, response.Status);
            return null;
        }

        if (outcome.RepliesToCommand(item))
        {
            metrics.DiscordReplySent(time, job.ReceivedAt);
        }

        return outcome.FollowUp is { } followUp ? new FollowUpJob(followUp) : null;
    }

    private async Task<DiscordJob?> FollowUpAsync(InteractionFollowUp item, CancellationToken cancellationToken)
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
                return null;
            }

            if (editsOriginal)
            {
                // The deferred reply is now in place of "thinking…": that is when the asker has the answer.
                metrics.DiscordReplySent(time, item.ReceivedAt);
            }
        }

        return null;
    }
}
