using Microsoft.Extensions.Hosting;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// Runs the Socket Mode client for the host's lifetime. It is a way in, so it stops in <see cref="StoppingAsync"/>,
/// which the host calls before any service's StopAsync: the socket is closed before the reply pipeline drains.
/// </summary>
internal sealed class SocketModeHostedService(SocketModeClient client) : BackgroundService, IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => base.StopAsync(cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
