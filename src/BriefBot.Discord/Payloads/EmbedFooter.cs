namespace BriefBot.Discord.Payloads;

public sealed record EmbedFooter(string Text);
