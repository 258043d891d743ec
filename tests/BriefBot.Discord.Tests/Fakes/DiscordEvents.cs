namespace BriefBot.Discord.Tests.Fakes;

/// <summary>Gateway event bodies as Discord sends them.</summary>
public static class DiscordEvents
{
    public static object Message(
        string id,
        string content,
        string? guildId = DiscordTestHost.GuildId,
        string channelId = DiscordTestHost.ChannelId,
        string authorId = DiscordTestHost.UserId,
        bool bot = false,
        bool mentionsBot = false,
        string? webhookId = null) => new
        {
            id,
            channel_id = channelId,
            guild_id = guildId,
            author = new { id = authorId, username = "asker", bot },
            content,
            mentions = mentionsBot ? new object[] { new { id = DiscordTestHost.BotId, username = "BriefBot", bot = true } } : [],
            mention_everyone = false,
            webhook_id = webhookId,
            type = 0,
        };

    /// <summary>A guild message that @mentions the bot ahead of <paramref name="question"/>: the usual way to ask it.</summary>
    public static object Mention(string id, string question) =>
        Message(id, $"<@{DiscordTestHost.BotId}> {question}", mentionsBot: true);

    public static object Command(string id, string token, string question) => new
    {
        id,
        application_id = DiscordTestHost.ApplicationId,
        type = 2,
        token,
        guild_id = DiscordTestHost.GuildId,
        channel_id = DiscordTestHost.ChannelId,
        member = new { user = new { id = DiscordTestHost.UserId, username = "asker" } },
        data = new { id = "700000000000000001", name = "brief", type = 1, options = new object[] { new { name = "question", type = 3, value = question } } },
    };

    public static object Autocomplete(string id, string token, string partial) => new
    {
        id,
        application_id = DiscordTestHost.ApplicationId,
        type = 4,
        token,
        guild_id = DiscordTestHost.GuildId,
        channel_id = DiscordTestHost.ChannelId,
        member = new { user = new { id = DiscordTestHost.UserId } },
        data = new { id = "700000000000000001", name = "brief", type = 1, options = new object[] { new { name = "question", type = 3, value = partial, focused = true } } },
    };

    public static object Button(string id, string token, string customId) => new
    {
        id,
        application_id = DiscordTestHost.ApplicationId,
        type = 3,
        token,
        channel_id = DiscordTestHost.ChannelId,
        user = new { id = DiscordTestHost.UserId },
        data = new { custom_id = customId, component_type = 2 },
    };
}
