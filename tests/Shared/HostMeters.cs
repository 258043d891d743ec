using System.Diagnostics.Metrics;
using BriefBot.Core.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace BriefBot.Testing;

/// <summary>
/// What one host's BriefBot meter records from now on, an instrument each, as an exporter would see it. Only that
/// host's: its meters come from its own IMeterFactory, so tests running side by side do not see each other's.
/// Linked into each adapter's test project, which both test their adapter in a host this way.
/// </summary>
public sealed class HostMeters : IDisposable
{
    public HostMeters(IServiceProvider services)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        ReplyDurations = new(meters, BriefBotMetrics.MeterName, "briefbot.reply.duration");
        Errors = new(meters, BriefBotMetrics.MeterName, "briefbot.platform.errors");
        RateLimitWaits = new(meters, BriefBotMetrics.MeterName, "briefbot.rate_limit.waits");
        RateLimitWaitDurations = new(meters, BriefBotMetrics.MeterName, "briefbot.rate_limit.wait.duration");
        Duplicates = new(meters, BriefBotMetrics.MeterName, "briefbot.events.duplicates");
    }

    public MetricCollector<double> ReplyDurations { get; }

    public MetricCollector<long> Errors { get; }

    public MetricCollector<long> RateLimitWaits { get; }

    public MetricCollector<double> RateLimitWaitDurations { get; }

    public MetricCollector<long> Duplicates { get; }

    /// <summary>The platform errors counted, by kind.</summary>
    public IReadOnlyList<string> ErrorKinds => [.. Errors.GetMeasurementSnapshot().Select(m => (string)m.Tags["kind"]!)];

    public void Dispose()
    {
        ReplyDurations.Dispose();
        Errors.Dispose();
        RateLimitWaits.Dispose();
        RateLimitWaitDurations.Dispose();
        Duplicates.Dispose();
    }
}
