using BriefBot.Core.Knowledge;

namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// The questions asked of one knowledge base, made deterministically from it: paraphrases of sampled FAQ
/// questions, the same paraphrases with typos, and out-of-scope questions, interleaved so that any stretch of the
/// list mixes the three kinds; plus the half-typed questions autocomplete is timed on, and the small fixed sample
/// the linear scan is timed on.
/// </summary>
public sealed record QuestionSet(
    IReadOnlyList<BenchmarkQuestion> Questions,
    IReadOnlyList<string> Partials,
    IReadOnlyList<BenchmarkQuestion> LinearSample)
{
    public const int PerKind = 200;
    public const int LinearSamplePerKind = 2;
    public const int LinearSampleSize = LinearSamplePerKind * 3;

    public static QuestionSet Make(KnowledgeBase knowledge, int seed)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var faqs = knowledge.Entries.Where(e => e.Kind == EntryKind.Faq).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var sampled = SeededRandom.For(seed, "questions").Sample(faqs, PerKind);
        var paraphrasing = SeededRandom.For(seed, "paraphrases");
        var typing = SeededRandom.For(seed, "typos");
        var paraphrases = sampled.Select(e => Made(Paraphraser.Paraphrase(e.Questions[0], paraphrasing), QuestionKind.Paraphrase, e)).ToList();
        var typos = paraphrases.Select(p => p with { Text = Typos.Add(p.Text, typing), Kind = QuestionKind.Typo }).ToList();
        var outOfScope = OutOfScopeQuestions.Make(PerKind, KnownWords(knowledge), SeededRandom.For(seed, "out of scope"));

        var questions = Enumerable.Range(0, PerKind).SelectMany(i => new[] { paraphrases[i], typos[i], outOfScope[i] }).ToList();
        var partials = sampled.Select(e => Partial(e.Questions[0])).ToList();
        return new QuestionSet(questions, partials, [.. questions.Take(LinearSampleSize)]);
    }

    private static BenchmarkQuestion Made(string text, QuestionKind kind, KnowledgeEntry source) =>
        new(text, kind, source.Id, source.Quote.Source.File, source.Questions[0]);

    // What someone has typed two words in: the first word and the first half of the second.
    private static string Partial(string question)
    {
        var words = question.Split(' ');
        return words[0] + " " + words[1][..((words[1].Length + 1) / 2)];
    }

    private static HashSet<string> KnownWords(KnowledgeBase knowledge)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in knowledge.Briefings.SelectMany(b => b.Sentences))
        {
            foreach (var word in sentence.Text.Split([' ', ',', '.', '?', '(', ')', ':', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
