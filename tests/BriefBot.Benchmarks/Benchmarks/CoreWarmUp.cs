using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>
/// Core builds lazy statics (the English lexicon, stemmer tables) on first use, and the JIT compiles the build's
/// code in stages. Building and asking a small knowledge base a few times, first, keeps those one-off costs out of
/// the first measured build (a single iteration in quick mode) and out of the memory the first measured knowledge
/// base is charged with.
/// </summary>
public static class CoreWarmUp
{
    private const int Entries = 1_000;
    private const int Rounds = 3;
    private static bool done;

    public static async Task OnceAsync(CancellationToken cancellationToken)
    {
        if (done)
        {
            return;
        }

        var folder = WorkloadCache.GetOrCreate(BenchmarkMode.Current.Seed, Entries);
        for (var round = 0; round < Rounds; round++)
        {
            // No local holds the knowledge base: a local in an async method lives on in its state machine.
            Ask(new Matcher(await KnowledgeLoader.LoadAsync(folder, cancellationToken).ConfigureAwait(false), new MatchingOptions()));
        }

        done = true;
    }

    private static void Ask(Matcher matcher)
    {
        matcher.Answer("How do I warm up the matcher?");
        matcher.Autocomplete("How do", 5);
    }
}
