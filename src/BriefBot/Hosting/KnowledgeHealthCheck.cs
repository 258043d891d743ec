using BriefBot.Core.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BriefBot.Hosting;

/// <summary>
/// Healthy when every knowledge file loaded; degraded (still answering) when some file is bad or a reload failed, or
/// when the folder holds nothing to answer from, which declines every question however well the bot runs.
/// </summary>
internal sealed class KnowledgeHealthCheck(KnowledgeSource knowledge, IOptions<KnowledgeOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = knowledge.Status;
        var data = new Dictionary<string, object>
        {
            ["fingerprint"] = status.Fingerprint,
            ["loadedAt"] = status.LoadedAt,
            ["briefings"] = status.Briefings,
            ["entries"] = status.Entries,
            ["problems"] = status.Problems.Select(p => p.ToString()).ToArray(),
        };
        if (status.Entries == 0 && status.ReloadError is not null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("No knowledge loaded: " + status.ReloadError, data: data));
        }

        if (status.Entries == 0 && status != KnowledgeStatus.NotLoaded)
        {
            var why = status.Problems.Select(p => p.ToString()).Append(status.ReloadError).OfType<string>().Prepend($"no entries in {options.Value.Path}");
            return Task.FromResult(HealthCheckResult.Degraded(string.Join("; ", why), data: data));
        }

        return Task.FromResult(status.Healthy
            ? HealthCheckResult.Healthy($"Serving {status.Entries} entries (fingerprint {status.Fingerprint}).", data)
            : HealthCheckResult.Degraded(
                string.Join("; ", status.Problems.Select(p => p.ToString()).Append(status.ReloadError).OfType<string>()),
                data: data));
    }
}
