using BriefBot.Core.Operations;
using BriefBot.Slack.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Events;

/// <summary>
/// Calls auth.test before questions are taken, and reports <see cref="SlackConnections.WebApi"/> Connected when it
/// succeeds. A token Slack rejects stops start-up with a message naming the setting (SlackWebApi reports it Failed).
/// Slack being unreachable does not stop the bot (messages from bots are ignored by their bot_id anyway): it is
/// logged and auth.test is retried in the background, since readiness waits for it.
/// </summary>
internal sealed class BotIdentityStartup(SlackWebApi api, BotIdentity identity, ConnectionBoard board, TimeProvider time, ILogger<BotIdentityStartup> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var result = await api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
        if (Learned(result))
        {
            return;
        }

        if (result.IsAuthError)
        {
            throw new InvalidOperationException($"Slack rejected Slack:BotToken ({result.Error}): use the app's Bot User OAuth Token (xoxb-…), installed to the workspace.");
        }

        Log.IdentityUnknown(logger, result.Error ?? "unknown");
        board.Report(SlackConnections.WebApi, ConnectionState.Starting, "auth.test failed (" + result.Error + "); retrying");
        retrying = RetryAsync(stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => stopping.Dispose();

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; !cancellationToken.IsCancellationRequested; failures++)
        {
            try
            {
                await Task.Delay(Backoff.Reconnect.After(failures), time, cancellationToken).ConfigureAwait(false);
                var result = await api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
                if (Learned(result) || result.IsAuthError)
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private bool Learned(SlackApiResult result)
    {
        if (!result.Ok)
        {
            return false;
        }

        identity.Learn(result.UserId);
        Log.Connected(logger, result.Team ?? "?", result.UserId ?? "?");
        board.Report(SlackConnections.WebApi, ConnectionState.Connected, "workspace " + (result.Team ?? "?"));
        return true;
    }
}
