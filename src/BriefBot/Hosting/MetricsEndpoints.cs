using BriefBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using OpenTelemetry.Metrics;

namespace BriefBot.Hosting;

/// <summary>
/// <c>GET /metrics</c>: every BriefBot and runtime instrument in Prometheus text, from OpenTelemetry's exporter. The
/// web server is an application of its own, so the bot's meter provider is handed over explicitly.
/// </summary>
internal sealed class MetricsEndpoints(MeterProvider meters) : IHttpEndpoints
{
    public const string Path = "/metrics";

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPrometheusScrapingEndpoint(Path, meters, null, null);
}
