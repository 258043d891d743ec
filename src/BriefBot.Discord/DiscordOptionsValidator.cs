using Microsoft.Extensions.Options;

namespace BriefBot.Discord;

/// <summary>The annotations' checks, then those that span settings or need parsing. Every message names the setting to fix.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        result.AddResult(new DiscordOptionsAnnotations().Validate(name, options));
        // Checked here rather than with [Range]: the options source generator drops a Range attribute's ErrorMessage.
        if (options.ShardCount < 1)
        {
            result.AddError("Discord:ShardCount must be 1 or more.");
        }
        else if (options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            result.AddError($"Discord:ShardId ({options.ShardId}) must be at least 0 and less than Discord:ShardCount ({options.ShardCount}).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            result.AddError("Discord:ApiBaseUrl must be an absolute http(s) URL, such as " + DiscordOptions.DefaultApiBaseUrl + ".");
        }

        if (!string.IsNullOrWhiteSpace(options.GatewayUrl)
            && (!Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) || (gateway.Scheme != "wss" && gateway.Scheme != "ws")))
        {
            result.AddError("Discord:GatewayUrl must be an absolute ws(s) URL such as wss://gateway.discord.gg, or be left empty.");
        }

        foreach (var guild in options.GuildIds.Where(g => !Snowflake.IsValid(g)))
        {
            result.AddError($"Discord:GuildIds contains '{guild}', which is not a Discord id (a snowflake: 17 to 20 digits).");
        }

        foreach (var channel in options.Channels.Where(c => !Snowflake.IsValid(c)))
        {
            result.AddError($"Discord:Channels contains '{channel}', which is not a Discord id (a snowflake: 17 to 20 digits).");
        }

        return result.Build();
    }
}

[OptionsValidator]
internal sealed partial class DiscordOptionsAnnotations : IValidateOptions<DiscordOptions>;
