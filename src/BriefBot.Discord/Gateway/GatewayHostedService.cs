using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Runs the Gateway client for the host's lifetime. When Discord says the bot cannot work (bad token, forbidden
/// intents), it says why and stops the host with exit code 1 rather than reconnect in a loop.
/// </summary>
/// <remarks>
/// The Gateway is a way in, so it stops in <see cref="StoppingAsync"/>, which the host calls before any service's
/// StopAsync: it closes with 1000 (Discord ends the session and dispatches nothing more here) before the reply
/// pipeline drains.
/// </remarks>
internal sealed class GatewayHostedService(GatewayClient client, IHostApplicationLifetime lifetime, ILogger<GatewayHostedService> logger)
    : BackgroundService, IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => base.StopAsync(cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
