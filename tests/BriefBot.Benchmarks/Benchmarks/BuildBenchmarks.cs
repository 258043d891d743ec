using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>Building the knowledge from files: loading and parsing every briefing, then constructing the matcher (its index).</summary>
[Config(typeof(BuildJobConfig))]
public class BuildBenchmarks
{
    private string folder = "";

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Current.Sizes;

    [GlobalSetup]
    public void SetUp()
    {
        // The loaded workload of the previous benchmark would otherwise stay alive and be collected mid-build.
        LoadedWorkload.Release();
        folder = WorkloadCache.GetOrCreate(BenchmarkMode.Current.Seed, Size);
    }

    [Benchmark]
    public async Task<Matcher> BuildFromFiles() =>
        new Matcher(await KnowledgeLoader.LoadAsync(folder, CancellationToken.None), new MatchingOptions());
}
