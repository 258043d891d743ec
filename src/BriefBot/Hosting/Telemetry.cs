using BriefBot.Core.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace BriefBot.Hosting;

/// <summary>Metrics through OpenTelemetry: BriefBot's own meter and the .NET runtime's, read by the Prometheus exporter.</summary>
internal static class Telemetry
{
    public static HostApplicationBuilder AddBriefBotTelemetry(this HostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("briefbot", serviceVersion: BuildVersion.Value, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics => metrics
                .AddMeter(BriefBotMetrics.MeterName)
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        return builder;
    }
}
