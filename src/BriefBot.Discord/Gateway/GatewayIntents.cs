namespace BriefBot.Discord.Gateway;

/// <summary>The events the bot subscribes to. MESSAGE_CONTENT is privileged: it must be switched on in the developer portal.</summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;
    public const int MessageContent = 1 << 15;

    /// <summary>1 + 512 + 4096 + 32768 = 38401.</summary>
    public const int BriefBot = Guilds | GuildMessages | DirectMessages | MessageContent;
}
