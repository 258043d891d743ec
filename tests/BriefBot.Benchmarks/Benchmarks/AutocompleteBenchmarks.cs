using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>
/// <c>/brief</c> autocomplete per keystroke on the generated knowledge (<c>--autocomplete</c>; 100,000 entries unless
/// <c>--sizes</c> says otherwise): half-typed FAQ questions, half-typed words that stand only in answers and facts,
/// and the first keystroke, a single letter, whose prefix matches the most words. Discord wants the choices within
/// three seconds of the keystroke, and the budget here is 5 ms.
/// </summary>
[Config(typeof(MatcherJobConfig))]
[MemoryDiagnoser]
public class AutocompleteBenchmarks
{
    private const int Partials = 200;
    private const int MinWordLength = 6;
    private Matcher matcher = null!;
    private string[] questionPartials = [];
    private string[] factPartials = [];
    private string[] letters = [];

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => [BenchmarkMode.CurrentSize];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var workload = await LoadedWorkload.GetAsync(Size, CancellationToken.None);
        matcher = workload.Matcher;
        questionPartials = [.. workload.Questions.Partials.Take(Partials)];
        factPartials = FactPartials(matcher.Knowledge, BenchmarkMode.Current.Seed);
        letters = [.. Enumerable.Range('a', 26).Select(c => ((char)c).ToString())];
    }

    [Benchmark(OperationsPerInvoke = Partials)]
    public int HalfTypedQuestion() => Offer(questionPartials);

    [Benchmark(OperationsPerInvoke = Partials)]
    public int HalfTypedWordOfAFact() => Offer(factPartials);

    [Benchmark(OperationsPerInvoke = 26)]
    public int FirstLetter() => Offer(letters);

    /// <summary>
    /// The slowest keystrokes, which a mean hides: every partial timed alone, its best of a few rounds (the machine is
    /// shared), printed after the table's measurements, when every path is warm.
    /// </summary>
    [GlobalCleanup(Target = nameof(FirstLetter))]
    public void TimeEachKeystroke()
    {
        const int rounds = 5;
        var times = new List<(double Micros, string Partial)>();
        foreach (var partial in questionPartials.Concat(factPartials).Concat(letters))
        {
            var best = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                matcher.Autocomplete(partial, 25);
                best = Math.Min(best, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }

            times.Add((best, partial));
        }

        times.Sort();
        var p99 = times[(int)Math.Ceiling(times.Count * 0.99) - 1];
        var slowest = times[^1];
        Console.WriteLine(FormattableString.Invariant(
            $"// Autocomplete at {Size:N0}: {times.Count} keystrokes, p50 {times[times.Count / 2].Micros:F0} µs, p99 {p99.Micros:F0} µs, slowest {slowest.Micros:F0} µs (\"{slowest.Partial}\")"));
    }

    private int Offer(string[] partials)
    {
        var offered = 0;
        foreach (var partial in partials)
        {
            offered += matcher.Autocomplete(partial, 25).Count;
        }

        return offered;
    }

    /// <summary>For sampled facts and FAQ answers: a word of theirs before a long word typed half-way, as someone after that sentence would start.</summary>
    private static string[] FactPartials(KnowledgeBase knowledge, int seed)
    {
        var random = SeededRandom.For(seed, "autocomplete-facts");
        var texts = knowledge.Entries.Where(e => e.Kind is EntryKind.Fact or EntryKind.Faq).Select(e => e.Answer).ToList();
        var partials = new List<string>(Partials);
        foreach (var text in random.Sample(texts, Partials * 2))
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"')).ToArray();
            var at = Array.FindIndex(words, 1, w => w.Length >= MinWordLength && w.All(char.IsLetter));
            if (at > 0)
            {
                partials.Add(words[at - 1] + " " + words[at][..(words[at].Length / 2)]);
            }

            if (partials.Count == Partials)
            {
                break;
            }
        }

        return partials.Count == Partials
            ? [.. partials]
            : throw new InvalidOperationException($"Only {partials.Count} facts with a long word; the workload is too small.");
    }
}
