using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Reporting;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>
/// A start with a warm embedding cache, as a restart of the bot: the files loaded, the cache file read, every
/// embedding taken from it, and the fused matcher made (which calibrates itself on the knowledge's own phrasings).
/// The cache is saved afterwards, as the bot saves it after every build, which releases its rows to the file. Also
/// the memory the fused matcher and its cache then hold, and the process's working set. The last build is handed to
/// the fused benchmarks.
/// </summary>
[Config(typeof(BuildJobConfig))]
public class WarmStartBenchmarks
{
    private string folder = "";
    private long heapBefore;
    private Matcher? built;
    private IEmbeddingCache? builtCache;

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => [BenchmarkMode.CurrentSize];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        folder = WorkloadCache.GetOrCreate(BenchmarkMode.Current.Seed, Size);
        if (!File.Exists(FusedWorkload.CacheFile(Size)))
        {
            FusedWorkload.WarmCache(Size, (await LoadedWorkload.GetAsync(Size, CancellationToken.None)).Matcher.Knowledge);
        }

        LoadedWorkload.Release();
        FusedWorkload.Release();

        // From a fresh stack, as the lexical build benchmark weighs it (an unoptimised frame can keep garbage alive).
        await Task.Yield();
        heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    }

    [Benchmark]
    public async Task<Matcher> WarmStart()
    {
        built = null;
        builtCache = null;
        var clock = Stopwatch.StartNew();
        var knowledge = await KnowledgeLoader.LoadAsync(folder, CancellationToken.None);
        var loaded = clock.Elapsed;
        var cache = FusedWorkload.OpenCache(Size);
        var semantic = SemanticIndex.Build(knowledge, SharedEncoder.Instance, cache);
        var embedded = clock.Elapsed;
        built = new Matcher(knowledge, new MatchingOptions(), semantic);
        RunResults.For(Size).Fused.Started(loaded, embedded - loaded, clock.Elapsed - embedded);
        cache.Save(SemanticIndex.TextsOf(knowledge));
        builtCache = cache;
        return built;
    }

    [GlobalCleanup]
    public void HandOver()
    {
        var held = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        using var process = Process.GetCurrentProcess();
        RunResults.For(Size).Fused.Built(held, process.WorkingSet64);
        FusedWorkload.Adopt(Size, built!);
        built = null;
        builtCache = null;
    }
}
