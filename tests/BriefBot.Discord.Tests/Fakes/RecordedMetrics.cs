using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BriefBot.Core.Operations;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>
/// What one host's BriefBot meter recorded, as an exporter would see it. Meters are process-wide, so it listens only
/// to the meter its host's <see cref="IMeterFactory"/> made: tests running side by side do not mix.
/// </summary>
public sealed class RecordedMetrics : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<RecordedMeasurement> measurements = new();

    public RecordedMetrics(IMeterFactory factory)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == BriefBotMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        listener.Start();
    }

    public IReadOnlyList<RecordedMeasurement> Of(string instrument) => [.. measurements.Where(m => m.Instrument == instrument)];

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var byName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, tag) in tags)
        {
            byName[key] = tag?.ToString();
        }

        measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, byName));
    }
}

public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags)
{
    public string? Tag(string name) => Tags.TryGetValue(name, out var value) ? value : null;
}
