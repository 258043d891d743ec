namespace BriefBot.Discord.Messages;

/// <summary>The fields of a MESSAGE_CREATE the bot reads.</summary>
internal sealed record DiscordMessage(
    string Id,
    string ChannelId,
    string? GuildId,
    DiscordUser? Author,
    string? Content,
    IReadOnlyList<DiscordUser>? Mentions,
    string? WebhookId,
    int Type);
