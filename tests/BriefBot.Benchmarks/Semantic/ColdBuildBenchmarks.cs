using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Reporting;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>
/// A cold build: every distinct text of the knowledge embedded, into an empty cache that the warm start then reads.
/// The knowledge base is the lexical benchmarks' (already loaded), so this is the embedding alone.
/// </summary>
[Config(typeof(ColdBuildJobConfig))]
public class ColdBuildBenchmarks
{
    private KnowledgeBase knowledge = null!;
    private InMemoryEmbeddingCache cache = null!;

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => [BenchmarkMode.CurrentSize];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        FusedWorkload.Release();
        knowledge = (await LoadedWorkload.GetAsync(Size, CancellationToken.None)).Matcher.Knowledge;
        SharedEncoder.Instance.Encode(["Load the model before the clock starts."], new float[SharedEncoder.Instance.Dimensions]);
    }

    [IterationSetup]
    public void EmptyCache() => cache = FusedWorkload.NewCache(Size);

    [Benchmark]
    public SemanticIndex ColdBuild()
    {
        var built = SemanticIndex.Build(knowledge, SharedEncoder.Instance, cache);
        RunResults.For(Size).Fused.Embedded(cache.Count);
        return built;
    }
}
