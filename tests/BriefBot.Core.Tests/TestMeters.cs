using System.Diagnostics.Metrics;
using BriefBot.Core.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace BriefBot.Core.Tests;

/// <summary>A meter factory of the test's own, so its collectors see only the instruments this test created, whatever runs beside it.</summary>
internal sealed class TestMeters : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public IMeterFactory Factory => services.GetRequiredService<IMeterFactory>();

    /// <summary>Collects what BriefBot's <paramref name="instrument"/> records from here on.</summary>
    public MetricCollector<T> Collect<T>(string instrument)
        where T : struct => new(Factory, BriefBotMetrics.MeterName, instrument);

    public void Dispose() => services.Dispose();
}
