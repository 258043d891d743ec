using BriefBot.Core.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Hosting;

/// <summary>Degraded, not unready, while the store's writes fail: answering still works, recording does not.</summary>
internal sealed class StoreWritesHealthCheck(StoreHealth store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Failure is { } failure
            ? HealthCheckResult.Degraded($"Store writes failing since {failure.Since:u} (last: {failure.What}): {failure.Error}")
            : HealthCheckResult.Healthy("Store writes work."));
}
