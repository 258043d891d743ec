namespace BriefBot.Discord.Interactions;

/// <summary>Answers an interaction by its type, the same whether it came over the Gateway or the HTTP endpoint. Null for types the bot does not handle.</summary>
internal sealed class InteractionResponder(BriefCommandHandler command, AutocompleteHandler autocomplete, FeedbackHandler feedback)
{
    public async Task<InteractionOutcome?> RespondAsync(Interaction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.Type switch
        {
            InteractionType.Ping => new InteractionOutcome(InteractionResponse.Pong),
            InteractionType.ApplicationCommand => await command.RespondAsync(interaction, receivedAt, cancellationToken).ConfigureAwait(false),
            InteractionType.MessageComponent => await feedback.RespondAsync(interaction, cancellationToken).ConfigureAwait(false),
            InteractionType.Autocomplete => autocomplete.Respond(interaction),
            _ => null,
        };
    }
}
