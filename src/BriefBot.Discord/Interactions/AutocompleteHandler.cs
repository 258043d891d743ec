using BriefBot.Core.Chat;
using BriefBot.Discord.Rendering;

namespace BriefBot.Discord.Interactions;

/// <summary>Completes the question being typed with knowledge-base questions: up to 25 choices, name and value at most 100 characters each.</summary>
internal sealed class AutocompleteHandler(IAnswerer answerer)
{
    public InteractionOutcome Respond(Interaction interaction)
    {
        var partial = Focused(interaction.Data?.Options)?.Value?.ToString() ?? "";
        var choices = answerer.Autocomplete(partial, DiscordLimits.Choices)
            .Where(q => !string.IsNullOrWhiteSpace(q))
            .Select(q => DiscordText.Cut(q.Trim(), DiscordLimits.ChoiceText))
            .Distinct(StringComparer.Ordinal)
            .Take(DiscordLimits.Choices)
            .Select(q => new AutocompleteChoice(q, q))
            .ToList();
        return new InteractionOutcome(InteractionResponse.Autocomplete(choices));
    }

    private static InteractionOption? Focused(IReadOnlyList<InteractionOption>? options) =>
        options?.FirstOrDefault(o => o.Focused == true) ?? options?.Select(o => Focused(o.Options)).FirstOrDefault(o => o is not null);
}
