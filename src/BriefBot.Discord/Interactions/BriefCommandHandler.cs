using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Discord.Payloads;
using BriefBot.Discord.Rendering;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// <c>/brief question:…</c>. The question "digest" previews the channel's digest (only to the asker) and "help"
/// explains the command: one required option keeps autocomplete on the plain form, which Discord would not allow
/// beside subcommands. A reply that is not ready within <see cref="ReplyBudget"/> is deferred and sent as a follow-up,
/// since Discord drops an interaction not answered within 3 s.
/// </summary>
internal sealed class BriefCommandHandler(IAnswerer answerer, IEnumerable<IDigestPreviewer> previewers, IOptions<DiscordOptions> options, TimeProvider time)
{
    public const string QuestionOption = "question";

    /// <summary>From the interaction's arrival (so time spent queued or claiming counts): leaves a second of Discord's 3 for the network.</summary>
    internal static readonly TimeSpan ReplyBudget = TimeSpan.FromSeconds(2);

    public Task<InteractionOutcome> RespondAsync(Interaction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var command = options.Value.Command;
        if (interaction.Data?.Name != command)
        {
            return Task.FromResult(Ephemeral("BriefBot does not know that command."));
        }

        var question = interaction.Data.Options?.FirstOrDefault(o => o.Name == QuestionOption)?.Value?.ToString().Trim() ?? "";
        if (question.Length == 0 || question.Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(Ephemeral(Help(command)));
        }

        if (question.Equals("digest", StringComparison.OrdinalIgnoreCase))
        {
            return WithinBudgetAsync(interaction, receivedAt, MessagePayload.Ephemeral, PreviewAsync(interaction, cancellationToken), cancellationToken);
        }

        return WithinBudgetAsync(interaction, receivedAt, null, AnswerAsync(interaction, question, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<MessagePayload>> AnswerAsync(Interaction interaction, string question, CancellationToken cancellationToken)
    {
        var reply = await answerer.AnswerAsync(new Question(question, DiscordChatAdapter.PlatformName, interaction.ChannelId ?? "", interaction.UserId), cancellationToken).ConfigureAwait(false);
        return [EmbedReply.Render(reply)];
    }

    private async Task<IReadOnlyList<MessagePayload>> PreviewAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (previewers.FirstOrDefault() is not { } previewer)
        {
            return [MessagePayload.Text("No digests are configured, so there is nothing to preview.", MessagePayload.Ephemeral)];
        }

        var digest = await previewer.PreviewAsync(DiscordChatAdapter.PlatformName, interaction.ChannelId ?? "", cancellationToken).ConfigureAwait(false);
        return DigestEmbeds.Render(digest, MessagePayload.Ephemeral);
    }

    private async Task<InteractionOutcome> WithinBudgetAsync(
        Interaction interaction, DateTimeOffset receivedAt, int? flags, Task<IReadOnlyList<MessagePayload>> work, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var left = receivedAt + ReplyBudget - time.GetUtcNow();
        var first = await Task.WhenAny(work, Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, budget.Token)).ConfigureAwait(false);
        await budget.CancelAsync().ConfigureAwait(false);
        if (first != work)
        {
            return new InteractionOutcome(InteractionResponse.Deferred(flags), new InteractionFollowUp(interaction.ApplicationId, interaction.Token, EditOriginal: true, work, receivedAt));
        }

        var messages = await work.ConfigureAwait(false);
        var rest = messages.Count > 1 ? new InteractionFollowUp(interaction.ApplicationId, interaction.Token, EditOriginal: false, Task.FromResult<IReadOnlyList<MessagePayload>>([.. messages.Skip(1)]), receivedAt) : null;
        return new InteractionOutcome(InteractionResponse.Message(messages[0]), rest);
    }

    private static InteractionOutcome Ephemeral(string text) =>
        new(InteractionResponse.Message(MessagePayload.Text(text, MessagePayload.Ephemeral)));

    private static string Help(string command) => $"""
        **/{command} question:** ask about the briefings. Start typing and pick a suggested question, or write your own.
        **/{command} question: digest** shows you (only you) the digest this channel would get now.
        **/{command} question: help** shows this text.
        You can also mention me with a question, or send me a direct message.
        """;
}
