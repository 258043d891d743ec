using BriefBot.Benchmarks.Reporting;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>
/// One size's corpus loaded into a matcher, with its questions. Only one is kept at a time, so the memory a
/// knowledge base holds is measured with no other knowledge base alive, and a 100k one does not slow the GC for the
/// 1k measurements.
/// </summary>
public sealed class LoadedWorkload
{
    private static LoadedWorkload? current;
    private static bool warmedUp;
    private string[]? linearScanChoices;

    private LoadedWorkload(int size, string folder, Matcher matcher, QuestionSet questions)
    {
        Size = size;
        Folder = folder;
        Matcher = matcher;
        Questions = questions;
    }

    public int Size { get; }

    public string Folder { get; }

    public Matcher Matcher { get; }

    public QuestionSet Questions { get; }

    /// <summary>What the plain linear scan compares a question with: every entry's question phrasings and every fact.</summary>
    public string[] LinearScanChoices => linearScanChoices ??=
        [.. Matcher.Knowledge.Entries.SelectMany(e => e.Kind == EntryKind.Fact ? [e.Answer] : e.Questions)];

    public static async Task<LoadedWorkload> GetAsync(int size, CancellationToken cancellationToken)
    {
        if (current?.Size == size)
        {
            return current;
        }

        current = null;
        var mode = BenchmarkMode.Current;
        var folder = WorkloadCache.GetOrCreate(mode.Seed, size);
        await WarmUpOnceAsync(cancellationToken).ConfigureAwait(false);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var knowledge = await KnowledgeLoader.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
        var matcher = new Matcher(knowledge, new MatchingOptions());
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(matcher);

        current = new LoadedWorkload(size, folder, matcher, QuestionSet.Make(knowledge, mode.Seed));
        RunResults.For(size).Describe(knowledge.Entries.Count, held);
        return current;
    }

    public static void Release()
    {
        current = null;
        GC.Collect();
    }

    // Core builds lazy statics (the English lexicon, stemmer tables) on first use; building a small knowledge base
    // first keeps them out of the memory the first measured knowledge base is charged with.
    private static async Task WarmUpOnceAsync(CancellationToken cancellationToken)
    {
        if (warmedUp)
        {
            return;
        }

        var folder = WorkloadCache.GetOrCreate(BenchmarkMode.Current.Seed, 200);
        var matcher = new Matcher(await KnowledgeLoader.LoadAsync(folder, cancellationToken).ConfigureAwait(false), new MatchingOptions());
        matcher.Answer("warm up the matcher");
        matcher.Autocomplete("warm up", 5);
        warmedUp = true;
    }
}
