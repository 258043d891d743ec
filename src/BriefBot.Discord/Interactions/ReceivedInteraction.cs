namespace BriefBot.Discord.Interactions;

/// <summary>An interaction and when it arrived: Discord's 3 seconds, and the reply duration, run from then.</summary>
internal sealed record ReceivedInteraction(Interaction Interaction, DateTimeOffset ReceivedAt);
