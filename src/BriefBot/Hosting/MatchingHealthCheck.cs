using BriefBot.Core.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Hosting;

/// <summary>
/// Healthy when the knowledge is matched by meaning (or by words, as configured); degraded, still answering by words,
/// while its embeddings are built or when the model cannot be used: the bot works, but answers fewer paraphrases.
/// </summary>
internal sealed class MatchingHealthCheck(KnowledgeSource knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var matching = knowledge.Matching;
        var data = new Dictionary<string, object>
        {
            ["mode"] = matching.Mode.ToString(),
            ["embedded"] = matching.Done,
            ["texts"] = matching.Total,
        };
        return Task.FromResult(matching.Mode is MatchingMode.Building or MatchingMode.Failed
            ? HealthCheckResult.Degraded(matching.Description, data: data)
            : HealthCheckResult.Healthy(matching.Description, data));
    }
}
