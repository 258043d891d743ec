using System.CommandLine;
using BriefBot.Discord;
using BriefBot.Hosting;

namespace BriefBot.Cli;

/// <summary><c>discord invite-url</c>: the link that adds the bot to a server with the bot and applications.commands scopes and just the permissions it needs.</summary>
internal static class DiscordCommand
{
    public static Command Create(CommandInput input)
    {
        var inviteUrl = new Command("invite-url", "Print the link that adds the bot to a Discord server (needs Discord:ApplicationId only).");
        inviteUrl.SetAction((parse, cancellationToken) => InviteUrlAsync(parse, input, cancellationToken));
        return new Command("discord", "Discord tools.") { inviteUrl };
    }

    private static async Task<int> InviteUrlAsync(ParseResult parse, CommandInput input, CancellationToken cancellationToken)
    {
        var console = input.Console;
        // Only configuration is needed: no token, no knowledge, no connection.
        var configuration = BriefBotHost.CreateBuilder(input.Configuration(parse), console, quiet: true).Configuration;
        var applicationId = configuration["Discord:ApplicationId"];
        if (string.IsNullOrWhiteSpace(applicationId))
        {
            await console.Error.WriteLineAsync("error: Discord:ApplicationId is not set (the Application ID from the Discord developer portal; set Discord__ApplicationId).").ConfigureAwait(false);
            return 1;
        }

        try
        {
            await console.Out.WriteLineAsync(DiscordInviteUrl.For(applicationId).AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (ArgumentException e)
        {
            await console.Error.WriteLineAsync($"error: Discord:ApplicationId is not valid: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
