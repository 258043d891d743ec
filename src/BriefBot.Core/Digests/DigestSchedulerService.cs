using Microsoft.Extensions.Hosting;

namespace BriefBot.Core.Digests;

/// <summary>Runs the <see cref="DigestScheduler"/> for the host's lifetime, after checking every digest's platform is enabled.</summary>
public sealed class DigestSchedulerService(DigestScheduler scheduler) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // A digest nobody can post is a configuration error: stop start-up naming it, rather than fail at 09:00.
        scheduler.CheckPlatforms();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await scheduler.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
