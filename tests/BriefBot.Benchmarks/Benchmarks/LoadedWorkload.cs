using BriefBot.Benchmarks.Reporting;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>
/// One size's knowledge base in a matcher, with its questions. Only one is kept at a time, so a knowledge base's
/// memory is measured with no other alive, and a 100k one does not slow the garbage collector during the 1k runs.
/// The build benchmark hands over what it built; loading here is the fallback when it did not run first.
/// </summary>
public sealed class LoadedWorkload
{
    private static LoadedWorkload? current;
    private string[]? linearScanChoices;

    private LoadedWorkload(int size, string folder, Matcher matcher)
    {
        Size = size;
        Folder = folder;
        Matcher = matcher;
        Questions = QuestionSet.Make(matcher.Knowledge, BenchmarkMode.Current.Seed);
        RunResults.For(size).Describe(matcher.Knowledge.Entries.Count);
    }

    public int Size { get; }

    public string Folder { get; }

    public Matcher Matcher { get; }

    public QuestionSet Questions { get; }

    /// <summary>What the plain linear scan compares a question with: every entry's question phrasings and every fact.</summary>
    public string[] LinearScanChoices => linearScanChoices ??=
        [.. Matcher.Knowledge.Entries.SelectMany(e => e.Kind == EntryKind.Fact ? [e.Answer] : e.Questions)];

    public static void Adopt(int size, string folder, Matcher matcher) => current = new LoadedWorkload(size, folder, matcher);

    public static async Task<LoadedWorkload> GetAsync(int size, CancellationToken cancellationToken)
    {
        if (current?.Size != size)
        {
            Release();
            var folder = WorkloadCache.GetOrCreate(BenchmarkMode.Current.Seed, size);
            var knowledge = await KnowledgeLoader.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
            Adopt(size, folder, new Matcher(knowledge, new MatchingOptions()));
        }

        return current!;
    }

    public static void Release()
    {
        current = null;
        GC.Collect();
    }
}
