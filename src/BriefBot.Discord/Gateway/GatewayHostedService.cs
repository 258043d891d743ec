using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Runs the Gateway client for the host's lifetime. When Discord says the bot cannot work (bad token, forbidden
/// intents), it says why and stops the host with exit code 1 rather than reconnect in a loop.
/// </summary>
internal sealed class GatewayHostedService(GatewayClient client, IHostApplicationLifetime lifetime, ILogger<GatewayHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var end = await client.RunAsync(stoppingToken).ConfigureAwait(false);
        if (end.Next == GatewayNext.Fatal)
        {
            Log.Fatal(logger, end.Reason);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }
}
