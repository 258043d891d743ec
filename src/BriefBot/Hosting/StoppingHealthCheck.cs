using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Hosting;

/// <summary>Not ready once shutdown has begun, so a load balancer stops sending work while replies in flight finish.</summary>
internal sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("Shutting down: finishing replies in flight, taking no new questions.")
            : HealthCheckResult.Healthy("Running."));
}
