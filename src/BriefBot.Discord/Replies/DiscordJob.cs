using BriefBot.Core.Chat;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Discord.Interactions;

namespace BriefBot.Discord.Replies;

/// <summary>Work that follows a Gateway event or an interaction request: a reply, an interaction response, a follow-up.</summary>
internal abstract record DiscordJob : IReplyJob
{
    public abstract string Lane { get; }
}

/// <summary>
/// A channel message to answer, delivered by the Gateway at <paramref name="ReceivedAt"/> (reply durations run from
/// then). Its lane is the channel, the major parameter of Discord's bucket for posting there.
/// </summary>
internal sealed record MessageJob(IncomingQuestion Question, DateTimeOffset ReceivedAt) : DiscordJob
{
    public override string Lane => Question.Channel;
}

/// <summary>An interaction from the Gateway: its 3 seconds run from <paramref name="ReceivedAt"/>, so it waits behind nothing.</summary>
internal sealed record InteractionJob(Interaction Interaction, DateTimeOffset ReceivedAt) : DiscordJob
{
    public override string Lane => "interaction:" + Interaction.Id;
}

/// <summary>What follows an interaction response (a deferred answer, further parts), through the interaction's webhook.</summary>
internal sealed record FollowUpJob(InteractionFollowUp FollowUp) : DiscordJob
{
    // A lane of its own, never the token: the token is a credential, and lanes are logged.
    public override string Lane { get; } = "follow-up:" + Guid.NewGuid().ToString("N");
}
