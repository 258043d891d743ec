namespace BriefBot.Discord.Payloads;

public sealed record EmbedField(string Name, string Value, bool? Inline = null);
