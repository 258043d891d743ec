using System.Collections.Concurrent;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>
/// What the benchmarks learn beside BenchmarkDotNet's own measurements, per knowledge size: entries, memory held,
/// per-question percentiles and accuracy. Written during the run, read by the custom columns and the report; one
/// process holds it all because every job runs in process.
/// </summary>
public static class RunResults
{
    private static readonly ConcurrentDictionary<int, SizeResults> BySize = new();

    public static SizeResults For(int size) => BySize.GetOrAdd(size, s => new SizeResults(s));

    public static SizeResults? Find(int size) => BySize.GetValueOrDefault(size);
}
