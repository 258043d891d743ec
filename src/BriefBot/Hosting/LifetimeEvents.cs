using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Hosting;

/// <summary>
/// Says in the bot's own words when it has started and when it begins to stop, since the host's own lifetime messages
/// are filtered out by default and an operator reading a shutdown wants to see where it began.
/// </summary>
internal sealed partial class LifetimeEvents(IHostApplicationLifetime lifetime, IOptions<HostOptions> host, ILogger<LifetimeEvents> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() => Log.Stopping(logger, host.Value.ShutdownTimeout));
        lifetime.ApplicationStopped.Register(() => Log.Stopped(logger));
        return Task.CompletedTask;
    }

    /// <summary>Logged here, before ApplicationStarted fires, so whatever waits for that (the console's first prompt) comes after it.</summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        Log.Started(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "BriefBot started")]
        public static partial void Started(ILogger logger);

        [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Shutting down: no new questions; replies in flight get up to {ShutdownTimeout} to finish")]
        public static partial void Stopping(ILogger logger, TimeSpan shutdownTimeout);

        [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "BriefBot stopped")]
        public static partial void Stopped(ILogger logger);
    }
}
