using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefBot.Hosting;

/// <summary>The one JSON shape of a health report, served by the probes and printed by <c>health</c>.</summary>
internal static class HealthReportJson
{
    // Read by people and by probes, never embedded in HTML: quotes and '+' in a problem's text print as themselves,
    // not as \u0027 and \u002B.
    public static JsonSerializerOptions Served { get; } = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Printed = new(Served) { WriteIndented = true };

    public static object Shape(HealthReport report) => new
    {
        status = report.Status.ToString(),
        checks = report.Entries.Select(e => new
        {
            name = e.Key,
            status = e.Value.Status.ToString(),
            description = e.Value.Description,
            data = e.Value.Data.Count == 0 ? null : e.Value.Data,
        }),
    };

    public static string Serialize(HealthReport report) => JsonSerializer.Serialize(Shape(report), Printed);

    /// <summary>The probe's HTTP status: 503 only when unhealthy, since a degraded bot (one bad file) still answers.</summary>
    public static int StatusCode(HealthReport report) => report.Status == HealthStatus.Unhealthy ? 503 : 200;
}
