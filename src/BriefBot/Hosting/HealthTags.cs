namespace BriefBot.Hosting;

/// <summary>Which probe a health check belongs to.</summary>
internal static class HealthTags
{
    /// <summary>Liveness: the process works. Only what a restart would fix belongs here, never a remote platform.</summary>
    public const string Live = "live";

    /// <summary>Readiness: the bot can answer now (knowledge loaded, every connection up, not shutting down).</summary>
    public const string Ready = "ready";
}
