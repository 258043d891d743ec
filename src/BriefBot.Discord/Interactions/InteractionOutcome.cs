using BriefBot.Discord.Payloads;

namespace BriefBot.Discord.Interactions;

/// <summary>The response to send now, and what must follow it through the interaction's webhook.</summary>
internal sealed record InteractionOutcome(InteractionResponse Response, InteractionFollowUp? FollowUp = null)
{
    /// <summary>
    /// Whether the response itself replies to a slash command (rather than deferring it, completing a word or
    /// acknowledging a click): only those count as replies in the reply-duration metric.
    /// </summary>
    public bool RepliesToCommand(Interaction interaction) =>
        interaction.Type == InteractionType.ApplicationCommand && Response.Type == InteractionResponse.MessageType;
}

/// <summary>
/// Messages that follow an interaction response: a deferred reply (which edits the original response, then adds
/// the rest) or the further parts of a reply too long for one message. <see cref="Messages"/> may still be computing.
/// </summary>
internal sealed record InteractionFollowUp(string ApplicationId, string Token, bool EditOriginal, Task<IReadOnlyList<MessagePayload>> Messages, DateTimeOffset ReceivedAt);
