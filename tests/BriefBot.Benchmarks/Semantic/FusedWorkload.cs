using BriefBot.Benchmarks.Reporting;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>
/// One size's fused matcher (lexical and embeddings) with its questions and its warm embedding cache. As with
/// <see cref="LoadedWorkload"/>, only one is kept at a time; the warm-start benchmark hands over what it built, and
/// building here is the fallback when it did not run first.
/// </summary>
public sealed class FusedWorkload
{
    private static FusedWorkload? current;
    private static (int Size, InMemoryEmbeddingCache Cache)? cache;

    private FusedWorkload(int size, Matcher matcher)
    {
        Size = size;
        Matcher = matcher;
        Questions = QuestionSet.Make(matcher.Knowledge, BenchmarkMode.Current.Seed);
    }

    public int Size { get; }

    public Matcher Matcher { get; }

    public QuestionSet Questions { get; }

    /// <summary>A new, empty cache for a size: the cold build fills it, the warm start reads it.</summary>
    public static InMemoryEmbeddingCache NewCache(int size)
    {
        cache = (size, new InMemoryEmbeddingCache());
        return cache.Value.Cache;
    }

    /// <summary>The size's cache, filled (untimed) if the cold build did not fill it.</summary>
    public static InMemoryEmbeddingCache WarmCache(int size, KnowledgeBase knowledge)
    {
        if (cache?.Size != size || cache.Value.Cache.Count == 0)
        {
            SemanticIndex.Build(knowledge, SharedEncoder.Instance, NewCache(size));
        }

        return cache!.Value.Cache;
    }

    public static void Adopt(int size, Matcher matcher) => current = new FusedWorkload(size, matcher);

    public static async Task<FusedWorkload> GetAsync(int size, CancellationToken cancellationToken)
    {
        if (current?.Size != size)
        {
            Release();
            var folder = WorkloadCache.GetOrCreate(BenchmarkMode.Current.Seed, size);
            var knowledge = await KnowledgeLoader.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
            Adopt(size, new Matcher(knowledge, new MatchingOptions(), SemanticIndex.Build(knowledge, SharedEncoder.Instance, WarmCache(size, knowledge), cancellationToken: cancellationToken)));
            RunResults.For(size).Describe(knowledge.Entries.Count);
        }

        return current!;
    }

    public static void Release()
    {
        current = null;
        GC.Collect();
    }
}
