using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Hosting;

/// <summary>
/// Liveness: answering this at all is the proof, since the web server and the health service share the process.
/// Remote platforms stay out of it: restarting would not bring Slack back, only pile restarts onto an outage.
/// </summary>
internal sealed class ProcessHealthCheck(TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var data = new Dictionary<string, object>
        {
            ["version"] = BuildVersion.Value,
            ["uptimeSeconds"] = (long)(time.GetUtcNow().UtcDateTime - started).TotalSeconds,
        };
        return Task.FromResult(HealthCheckResult.Healthy("Running.", data));
    }
}
