using BriefBot.Discord.Interactions;
using BriefBot.Discord.Messages;
using BriefBot.Discord.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Runs the Gateway client for the host's lifetime. When Discord says the bot cannot work (bad token, forbidden
/// intents), it says why and stops the host with exit code 1 rather than reconnect in a loop.
/// </summary>
internal sealed class GatewayHostedService(
    GatewayClient client,
    WorkQueue<IncomingQuestion> questions,
    WorkQueue<ReceivedInteraction> interactions,
    IHostApplicationLifetime lifetime,
    ILogger<GatewayHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // ApplicationStopping fires before any hosted service is stopped, whatever their order: the Gateway closes
        // (with 1000, so Discord ends the session and stops dispatching here) while the workers are still draining.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        GatewayEnd end;
        try
        {
            end = await client.RunAsync(stopping.Token).ConfigureAwait(false);
        }
        finally
        {
            // Nothing more can arrive from the Gateway: the workers finish what is queued, then end.
            questions.Complete();
            interactions.Complete();
        }

        if (end.Next == GatewayNext.Fatal)
        {
            Log.Fatal(logger, end.Reason);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }
}
