using BriefBot.Benchmarks.Semantic;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Benchmarks.Fitting;

/// <summary>
/// <c>-- --eval --distractors N</c>: every question set asked of its knowledge together with the benchmark's N generated
/// entries of other briefings (issue 15: one threshold for a knowledge base alone or with 100,000 entries of other
/// text). The generated corpus and its embedding cache are the benchmark's own, outside the repository.
/// </summary>
internal sealed class Distractors
{
    private readonly KnowledgeBase filler;

    private Distractors(KnowledgeBase filler, IEmbeddingCache? cache)
    {
        this.filler = filler;
        Cache = cache;
    }

    /// <summary>The filler's embeddings from the benchmark's cache file, made first if no benchmark run left it (never saved after: that would prune it to one merge).</summary>
    public IEmbeddingCache? Cache { get; }

    public int Entries => filler.Entries.Count;

    public static async Task<Distractors> LoadAsync(int size, bool semantic, CancellationToken cancellationToken)
    {
        var knowledge = await KnowledgeLoader.LoadAsync(WorkloadCache.GetOrCreate(BenchmarkMode.Current.Seed, size), cancellationToken);
        if (!semantic)
        {
            return new Distractors(knowledge, null);
        }

        return new Distractors(knowledge, File.Exists(FusedWorkload.CacheFile(size)) ? FusedWorkload.OpenCache(size) : FusedWorkload.WarmCache(size, knowledge));
    }

    /// <summary>The set's knowledge and the filler as one knowledge base, as a bot serving both folders would load them.</summary>
    public KnowledgeBase With(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new KnowledgeBase(
            [.. knowledge.Briefings, .. filler.Briefings],
            [.. knowledge.Entries, .. filler.Entries],
            [.. knowledge.Synonyms, .. filler.Synonyms],
            [.. knowledge.Acronyms, .. filler.Acronyms],
            [],
            knowledge.Fingerprint + "+" + filler.Fingerprint);
    }
}
