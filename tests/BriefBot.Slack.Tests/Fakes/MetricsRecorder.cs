using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BriefBot.Core.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>
/// What one host's BriefBot meter recorded, as an exporter would see it. Only that host's: its meters come from its
/// own IMeterFactory, so tests running side by side do not see each other's measurements.
/// </summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<Measurement> measurements = new();

    public MetricsRecorder(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BriefBotMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.Start();
    }

    public IReadOnlyList<Measurement> Of(string instrument) => [.. measurements.Where(m => m.Instrument == instrument)];

    /// <summary>The platform errors counted, by kind.</summary>
    public IReadOnlyList<string> ErrorKinds => [.. Of("briefbot.platform.errors").Select(m => m.Tags["kind"])];

    public void Dispose() => listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, tag) in tags)
        {
            named[key] = tag?.ToString() ?? "";
        }

        measurements.Enqueue(new Measurement(instrument.Name, value, named));
    }

    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string> Tags);
}
