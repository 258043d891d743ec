using System.Text.Json;
using BriefBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Hosting;

/// <summary><c>GET /health</c>: the health report as JSON, 200 when healthy or degraded (still answering), 503 when unhealthy.</summary>
internal sealed class HealthEndpoints(HealthCheckService health) : IHttpEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/health", async (HttpContext context) =>
    {
        var report = await health.CheckHealthAsync(context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        await context.Response.WriteAsJsonAsync(
            new
            {
                status = report.Status.ToString(),
                checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            },
            JsonSerializerOptions.Web,
            context.RequestAborted).ConfigureAwait(false);
    });
}
