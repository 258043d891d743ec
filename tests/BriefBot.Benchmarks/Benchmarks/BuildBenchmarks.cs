using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Reporting;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>
/// Building the knowledge from files: loading and parsing every briefing, then constructing the matcher and its
/// index. Also the memory the built knowledge holds: the managed heap after the last build, less the heap before
/// the first, both after a full collection, with the built matcher alive. The last build is handed to the matcher
/// benchmarks of the same size (see <see cref="BenchmarkMode.CurrentSize"/>). Without the memory diagnoser, whose
/// extra iteration would be a second build; the allocations of a build are read around it instead.
/// </summary>
[Config(typeof(BuildJobConfig))]
public class BuildBenchmarks
{
    private string folder = "";
    private long heapBefore;
    private Matcher? built;
    private long allocatedByLastBuild;

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => [BenchmarkMode.CurrentSize];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        LoadedWorkload.Release();
        await CoreWarmUp.OnceAsync(CancellationToken.None);
        folder = WorkloadCache.GetOrCreate(BenchmarkMode.Current.Seed, Size);

        // Weigh the heap from a fresh stack: this continuation would otherwise run inside the warm-up's frames, and
        // an unoptimised (tier-0) frame keeps the knowledge base it built alive until it returns.
        await Task.Yield();
        heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    }

    [Benchmark]
    public async Task<Matcher> BuildFromFiles()
    {
        // Let the previous iteration's knowledge base go before building the next, as a reload would.
        built = null;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        built = new Matcher(await KnowledgeLoader.LoadAsync(folder, CancellationToken.None), new MatchingOptions());
        allocatedByLastBuild = GC.GetTotalAllocatedBytes() - allocatedBefore;
        return built;
    }

    [GlobalCleanup]
    public void HandOver()
    {
        var held = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        RunResults.For(Size).Built(held, allocatedByLastBuild);
        LoadedWorkload.Adopt(Size, folder, built!);
        built = null;
    }
}
