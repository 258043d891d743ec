using BriefBot.Core.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Hosting;

/// <summary>Ready when every expected connection (web server, Gateway, Socket Mode) is connected or listening.</summary>
internal sealed class ConnectionsHealthCheck(ConnectionBoard connections) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var all = connections.Snapshot();
        if (all.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No connections to hold (console)."));
        }

        var data = all.ToDictionary(c => c.Name, c => (object)new { state = c.State.ToString(), since = c.Since, detail = c.Detail });
        var down = all.Where(c => !c.Ready).ToList();
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy(string.Join(", ", all.Select(c => $"{c.Name} {State(c)}")), data)
            : HealthCheckResult.Unhealthy(string.Join("; ", down.Select(c => $"{c.Name} is {State(c)}" + (c.Detail is { Length: > 0 } d ? $" ({d})" : ""))), data: data));
    }

    private static string State(ConnectionStatus connection) => connection.State.ToString().ToLowerInvariant();
}
