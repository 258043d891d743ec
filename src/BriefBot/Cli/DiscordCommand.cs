using BriefBot.Discord;
using BriefBot.Hosting;

namespace BriefBot.Cli;

/// <summary><c>discord invite-url</c>: the link that adds the bot to a server with the bot and applications.commands scopes and just the permissions it needs.</summary>
internal static class DiscordCommand
{
    public static readonly IReadOnlyDictionary<string, bool> Options = new Dictionary<string, bool>();

    public static async Task<int> RunAsync(ParsedArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Positional is not ["invite-url"])
        {
            throw new UsageException("discord takes one subcommand: invite-url.");
        }

        // Only configuration is needed: no token, no knowledge, no connection.
        var configuration = BriefBotHost.CreateBuilder(args.Configuration, console, quiet: true).Configuration;
        var applicationId = configuration["Discord:ApplicationId"];
        if (string.IsNullOrWhiteSpace(applicationId))
        {
            await console.Error.WriteLineAsync("error: Discord:ApplicationId is not set (the Application ID from the Discord developer portal; set Discord__ApplicationId).").ConfigureAwait(false);
            return 1;
        }

        try
        {
            await console.Out.WriteLineAsync(DiscordInviteUrl.For(applicationId)).ConfigureAwait(false);
            return 0;
        }
        catch (ArgumentException e)
        {
            await console.Error.WriteLineAsync($"error: Discord:ApplicationId is not valid: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
