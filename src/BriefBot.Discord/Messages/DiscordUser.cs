namespace BriefBot.Discord.Messages;

internal sealed record DiscordUser(string Id, string? Username = null, bool? Bot = null);
