using BriefBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Hosting;

/// <summary>
/// <c>GET /healthz</c> (liveness) and <c>GET /readyz</c> (readiness): the health report of the checks tagged
/// <see cref="HealthTags.Live"/> or <see cref="HealthTags.Ready"/> as JSON; 200 when healthy or degraded, 503 when
/// unhealthy. Never cached: a probe must see the state of now.
/// </summary>
internal sealed class HealthEndpoints(HealthCheckService health, HealthTransitions transitions) : IHttpEndpoints
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivePath, context => WriteAsync(context, LivePath, HealthTags.Live));
        endpoints.MapGet(ReadyPath, context => WriteAsync(context, ReadyPath, HealthTags.Ready));
    }

    private async Task WriteAsync(HttpContext context, string path, string tag)
    {
        var report = await health.CheckHealthAsync(c => c.Tags.Contains(tag), context.RequestAborted).ConfigureAwait(false);
        transitions.Observe(path, report);
        context.Response.StatusCode = HealthReportJson.StatusCode(report);
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(HealthReportJson.Shape(report), HealthReportJson.Served, context.RequestAborted).ConfigureAwait(false);
    }
}
