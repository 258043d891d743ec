using BriefBot.Discord.Payloads;

namespace BriefBot.Discord.Interactions;

/// <summary>The response to send now, and what must follow it through the interaction's webhook.</summary>
internal sealed record InteractionOutcome(InteractionResponse Response, InteractionFollowUp? FollowUp = null);

/// <summary>
/// Messages that follow an interaction response: a deferred reply (which edits the original response, then adds
/// the rest) or the further parts of a reply too long for one message. <see cref="Messages"/> may still be computing.
/// </summary>
internal sealed record InteractionFollowUp(string ApplicationId, string Token, bool EditOriginal, Task<IReadOnlyList<MessagePayload>> Messages);
