using BriefBot.Benchmarks.Reporting;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Embeddings;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>
/// One size's fused matcher (lexical and embeddings) with its questions, and its embedding cache file, the bot's
/// own (<see cref="EmbeddingCache"/>). As with <see cref="LoadedWorkload"/>, only one matcher is kept at a time; the
/// warm-start benchmark hands over what it built, and building here is the fallback when it did not run first.
/// </summary>
public sealed class FusedWorkload
{
    private static FusedWorkload? current;

    private FusedWorkload(int size, Matcher matcher)
    {
        Size = size;
        Matcher = matcher;
        Questions = QuestionSet.Make(matcher.Knowledge, BenchmarkMode.Current.Seed);
    }

    public int Size { get; }

    public Matcher Matcher { get; }

    public QuestionSet Questions { get; }

    /// <summary>Where a size's embeddings are cached: beside its generated corpus, outside the repository.</summary>
    public static string CacheFile(int size) =>
        WorkloadCache.GetOrCreate(BenchmarkMode.Current.Seed, size) + "-" + SharedEncoder.Instance.ModelId.Replace('/', '-') + ".embeddings";

    public static EmbeddingCache OpenCache(int size) => EmbeddingCache.Open(CacheFile(size), SharedEncoder.Instance, NullLogger.Instance);

    /// <summary>The size's cache, filled (untimed) when the cold build did not leave it on disk.</summary>
    public static EmbeddingCache WarmCache(int size, KnowledgeBase knowledge)
    {
        var cache = OpenCache(size);
        SemanticIndex.Build(knowledge, SharedEncoder.Instance, cache);
        cache.Save(SemanticIndex.TextsOf(knowledge));
        return cache;
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
