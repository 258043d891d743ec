using BriefBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Commands;

/// <summary>
/// Registers the slash command on start by bulk overwrite (so a renamed or removed command does not linger): in each
/// configured guild, where it shows at once, else globally. A failure is logged; mentions and DMs still work.
/// With shards split over processes only shard 0 registers, so N processes starting together do not race to
/// overwrite the same commands (and spend N times the rate limit).
/// </summary>
internal sealed partial class CommandRegistration(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.ShardId != 0)
        {
            LogLeftToShardZero(logger, settings.Command, settings.ShardId);
            return;
        }

        IReadOnlyList<ApplicationCommand> commands = [BriefCommand.Definition(settings.Command)];
        IReadOnlyList<string?> scopes = settings.GuildIds.Count > 0 ? [.. settings.GuildIds] : [(string?)null];
        foreach (var guild in scopes)
        {
            try
            {
                var response = await rest.OverwriteCommandsAsync(settings.ApplicationId!, guild, commands, stoppingToken).ConfigureAwait(false);
                if (response.IsSuccess)
                {
                    LogRegistered(logger, settings.Command, guild ?? "all guilds (global)");
                }
                else
                {
                    LogFailed(logger, settings.Command, guild ?? "global", response.Status);
                }
            }
            catch (Exception e) when (DiscordRestClient.IsUnanswered(e, stoppingToken))
            {
                LogUnreachable(logger, settings.Command, e);
            }
        }
    }

    [LoggerMessage(EventId = 2060, Level = LogLevel.Information, Message = "Registered /{Command} in {Scope}")]
    private static partial void LogRegistered(ILogger logger, string command, string scope);

    [LoggerMessage(EventId = 2063, Level = LogLevel.Information, Message = "Shard {ShardId} leaves registering /{Command} to shard 0")]
    private static partial void LogLeftToShardZero(ILogger logger, string command, int shardId);

    [LoggerMessage(EventId = 2061, Level = LogLevel.Error, Message = "Could not register /{Command} in {Scope}: Discord answered {Status}")]
    private static partial void LogFailed(ILogger logger, string command, string scope, int status);

    [LoggerMessage(EventId = 2062, Level = LogLevel.Error, Message = "Could not reach Discord to register /{Command}")]
    private static partial void LogUnreachable(ILogger logger, string command, Exception exception);
}
