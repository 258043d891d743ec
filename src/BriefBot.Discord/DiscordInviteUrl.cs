using System.Globalization;

namespace BriefBot.Discord;

/// <summary>The OAuth2 URL that adds the bot to a server, with the <c>bot</c> and <c>applications.commands</c> scopes and only the permissions it uses.</summary>
public static class DiscordInviteUrl
{
    private const long ViewChannel = 1L << 10;
    private const long SendMessages = 1L << 11;
    private const long EmbedLinks = 1L << 14;

    /// <summary>Needed to reply to a message (<c>message_reference</c>).</summary>
    private const long ReadMessageHistory = 1L << 16;

    private const long SendMessagesInThreads = 1L << 38;

    /// <summary>1024 + 2048 + 16384 + 65536 + 274877906944 = 274877991936.</summary>
    public const long Permissions = ViewChannel | SendMessages | EmbedLinks | ReadMessageHistory | SendMessagesInThreads;

    public static string For(string applicationId)
    {
        if (!Snowflake.IsValid(applicationId))
        {
            throw new ArgumentException("The application id must be a Discord id (17 to 20 digits); find it in the developer portal under General Information.", nameof(applicationId));
        }

        return "https://discord.com/oauth2/authorize?client_id=" + applicationId
            + "&scope=bot%20applications.commands&permissions=" + Permissions.ToString(CultureInfo.InvariantCulture);
    }
}
