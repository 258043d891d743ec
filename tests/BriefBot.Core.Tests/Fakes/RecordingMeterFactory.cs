using System.Diagnostics.Metrics;

namespace BriefBot.Core.Tests.Fakes;

/// <summary>
/// Creates meters scoped to itself and records every measurement they make, so a test sees only its own
/// instruments even while other tests in the process create meters of the same name.
/// </summary>
internal sealed class RecordingMeterFactory : IMeterFactory
{
    private readonly List<Meter> meters = [];
    private readonly MeterListener listener = new();
    private readonly Lock gate = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> measurements = [];

    public RecordingMeterFactory()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, this))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        listener.Start();
    }

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Scope = this });
        meters.Add(meter);
        return meter;
    }

    /// <summary>The measurements of <paramref name="instrument"/> whose tags include every pair in <paramref name="tags"/>.</summary>
    public IReadOnlyList<double> Values(string instrument, params (string Key, object Value)[] tags)
    {
        lock (gate)
        {
            return [.. measurements
                .Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value)))
                .Select(m => m.Value)];
        }
    }

    public void Dispose()
    {
        listener.Dispose();
        meters.ForEach(m => m.Dispose());
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        lock (gate)
        {
            measurements.Add((instrument.Name, value, copy));
        }
    }
}
