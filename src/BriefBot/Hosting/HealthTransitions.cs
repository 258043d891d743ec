using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace BriefBot.Hosting;

/// <summary>
/// Logs a probe's status when it changes, not on every probe: a degraded bot probed every ten seconds would otherwise
/// write the same warning six times a minute (the health check service's own per-check lines are filtered out).
/// </summary>
internal sealed partial class HealthTransitions(ILogger<HealthTransitions> logger)
{
    private readonly Dictionary<string, HealthStatus> last = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public void Observe(string probe, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (gate)
        {
            // Start-up is assumed healthy, so a bot that is fine from the first probe logs nothing.
            var before = last.GetValueOrDefault(probe, HealthStatus.Healthy);
            last[probe] = report.Status;
            if (before == report.Status)
            {
                return;
            }
        }

        var why = string.Join("; ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Description}"));
        switch (report.Status)
        {
            case HealthStatus.Healthy:
                Log.Recovered(logger, probe);
                break;
            case HealthStatus.Degraded:
                Log.Degraded(logger, probe, why);
                break;
            default:
                Log.Unhealthy(logger, probe, why);
                break;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "{Probe} is Healthy again")]
        public static partial void Recovered(ILogger logger, string probe);

        [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "{Probe} is Degraded: {Reason}")]
        public static partial void Degraded(ILogger logger, string probe, string reason);

        [LoggerMessage(EventId = 22, Level = LogLevel.Error, Message = "{Probe} is Unhealthy: {Reason}")]
        public static partial void Unhealthy(ILogger logger, string probe, string reason);
    }
}
