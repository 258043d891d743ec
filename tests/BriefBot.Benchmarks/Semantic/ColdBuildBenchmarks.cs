using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Reporting;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Embeddings;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>
/// A cold build: every distinct text of the knowledge embedded and the cache file written, from no cache file. The
/// knowledge base is the lexical benchmarks' (already loaded), so this is the embedding alone. The warm start reads
/// the file it leaves.
/// </summary>
[Config(typeof(ColdBuildJobConfig))]
public class ColdBuildBenchmarks
{
    private KnowledgeBase knowledge = null!;
    private EmbeddingCache cache = null!;

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
    public void DeleteCache()
    {
        File.Delete(FusedWorkload.CacheFile(Size));
        cache = FusedWorkload.OpenCache(Size);
    }

    [Benchmark]
    public SemanticIndex ColdBuild()
    {
        var built = SemanticIndex.Build(knowledge, SharedEncoder.Instance, cache);
        if (!cache.Save(SemanticIndex.TextsOf(knowledge)))
        {
            throw new IOException("The embedding cache could not be written to " + FusedWorkload.CacheFile(Size));
        }

        RunResults.For(Size).Fused.Embedded(cache.Count);
        return built;
    }
}
