using BriefBot.Slack.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Events;

/// <summary>
/// Calls auth.test before questions are taken. A token Slack rejects stops start-up with a message naming the setting;
/// Slack being unreachable does not (messages from bots are ignored by their bot_id anyway), it is logged.
/// </summary>
internal sealed class BotIdentityStartup(SlackWebApi api, BotIdentity identity, ILogger<BotIdentityStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var result = await api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
        if (result.Ok)
        {
            identity.Learn(result.UserId, result.BotId);
            Log.Connected(logger, result.Team ?? "?", result.UserId ?? "?");
            return;
        }

        if (result.IsAuthError)
        {
            throw new InvalidOperationException($"Slack rejected Slack:BotToken ({result.Error}): use the app's Bot User OAuth Token (xoxb-…), installed to the workspace.");
        }

        Log.IdentityUnknown(logger, result.Error ?? "unknown");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
