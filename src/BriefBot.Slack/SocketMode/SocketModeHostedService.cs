using Microsoft.Extensions.Hosting;

namespace BriefBot.Slack.SocketMode;

/// <summary>Runs the Socket Mode client for the host's lifetime.</summary>
internal sealed class SocketModeHostedService(SocketModeClient client) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
