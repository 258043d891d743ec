using System.ComponentModel.DataAnnotations;

namespace BriefBot.Discord;

/// <summary>Settings of section <c>Discord</c>. Secrets (the bot token) come from environment variables or user secrets, never from committed files.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10/";

    public bool Enabled { get; set; }

    [Required(ErrorMessage = "Discord:BotToken is required: set the environment variable Discord__BotToken or the user secret Discord:BotToken.")]
    public string? BotToken { get; set; }

    [Required(ErrorMessage = "Discord:ApplicationId is required: copy the Application ID from the developer portal's General Information page.")]
    [RegularExpression(Snowflake.Pattern, ErrorMessage = "Discord:ApplicationId must be a Discord id (a snowflake: 17 to 20 digits).")]
    public string? ApplicationId { get; set; }

    /// <summary>The application's public key (hex), for the Interactions endpoint. Without it the endpoint is not served.</summary>
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Discord:PublicKey must be the 64 hex characters of the application's public key.")]
    public string? PublicKey { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Overrides the Gateway URL that <c>GET /gateway/bot</c> would give.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>Guilds to register the slash command in (instant); when empty it is registered globally.</summary>
    public List<string> GuildIds { get; set; } = [];

    /// <summary>Channels where every message is a question, not only those that mention the bot.</summary>
    public List<string> Channels { get; set; } = [];

    [RegularExpression("^[-_a-z0-9]{1,32}$", ErrorMessage = "Discord:Command must be 1 to 32 lower-case letters, digits, '-' or '_' (Discord's rule for command names).")]
    public string Command { get; set; } = "brief";

    /// <summary>
    /// This process's shard, from 0 to <see cref="ShardCount"/> − 1 (checked by <see cref="DiscordOptionsValidator"/>).
    /// Discord sends direct messages to shard 0 only, and only shard 0 registers the slash command; guild messages
    /// and interactions go to the shard of their guild.
    /// </summary>
    public int ShardId { get; set; }

    public int ShardCount { get; set; } = 1;
}
