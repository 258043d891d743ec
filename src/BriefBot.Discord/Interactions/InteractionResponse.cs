using BriefBot.Discord.Payloads;

namespace BriefBot.Discord.Interactions;

/// <summary>The first (and within 3 s obligatory) answer to an interaction.</summary>
internal sealed record InteractionResponse(int Type, InteractionCallbackData? Data = null)
{
    public const int PongType = 1;
    public const int MessageType = 4;
    public const int DeferredMessageType = 5;
    public const int AutocompleteType = 8;

    public static InteractionResponse Pong { get; } = new(PongType);

    public static InteractionResponse Message(MessagePayload message) =>
        new(MessageType, new InteractionCallbackData(message.AllowedMentions, message.Content, message.Embeds, message.Components, message.Flags));

    /// <summary>"BriefBot is thinking…": the reply follows by editing the original response.</summary>
    public static InteractionResponse Deferred(int? flags) => new(DeferredMessageType, new InteractionCallbackData(AllowedMentions.None, Flags: flags));

    public static InteractionResponse Autocomplete(IReadOnlyList<AutocompleteChoice> choices) => new(AutocompleteType, new InteractionCallbackData(Choices: choices));
}

/// <summary>Message fields for types 4 and 5 (always with <see cref="AllowedMentions"/>); <see cref="Choices"/> for type 8.</summary>
internal sealed record InteractionCallbackData(
    AllowedMentions? AllowedMentions = null,
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<ActionRow>? Components = null,
    int? Flags = null,
    IReadOnlyList<AutocompleteChoice>? Choices = null);

internal sealed record AutocompleteChoice(string Name, string Value);
