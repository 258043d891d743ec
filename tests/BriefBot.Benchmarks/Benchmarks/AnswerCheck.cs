using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>What the matcher did with a benchmark question, judged against how the question was made.</summary>
public enum Outcome
{
    /// <summary>Answered with the entry the question was made from.</summary>
    Right,

    /// <summary>Answered with another entry of the same document (often a fact stating the same thing).</summary>
    OtherEntryOfSameDocument,

    /// <summary>Answered with an entry of another document.</summary>
    EntryOfAnotherDocument,

    /// <summary>Declined an answerable question.</summary>
    Abstained,

    /// <summary>Declined an out-of-scope question, as it should.</summary>
    Declined,

    /// <summary>Answered an out-of-scope question.</summary>
    Answered,
}

public sealed record CheckedQuestion(BenchmarkQuestion Question, Outcome Outcome, int Confidence, string? AnsweredQuestion, string? AnsweredText)
{
    public bool IsRight => Outcome is Outcome.Right or Outcome.Declined;
}

/// <summary>Asks every question once and judges each reply: the source FAQ entry for a paraphrase, a refusal out of scope.</summary>
public static class AnswerCheck
{
    public static IReadOnlyList<CheckedQuestion> Run(Matcher matcher, IEnumerable<BenchmarkQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var entries = matcher.Knowledge.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [.. questions.Select(q =>
        {
            var reply = matcher.Answer(q.Text);
            var answered = reply.EntryId is { } id ? entries[id] : null;
            var outcome = (q.Kind, reply.Answered) switch
            {
                (QuestionKind.OutOfScope, true) => Outcome.Answered,
                (QuestionKind.OutOfScope, false) => Outcome.Declined,
                (_, false) => Outcome.Abstained,
                _ when reply.EntryId == q.ExpectedEntryId => Outcome.Right,
                _ when answered?.Quote.Source.File == q.ExpectedFile => Outcome.OtherEntryOfSameDocument,
                _ => Outcome.EntryOfAnotherDocument,
            };
            return new CheckedQuestion(q, outcome, reply.Confidence, answered?.DisplayQuestion, answered?.Answer);
        })];
    }

    /// <summary>Per cent of the questions of a kind that got the right reply; null when none were checked.</summary>
    public static double? Accuracy(IReadOnlyList<CheckedQuestion>? results, QuestionKind kind)
    {
        var ofKind = results?.Where(c => c.Question.Kind == kind).ToList();
        return ofKind is null or [] ? null : 100.0 * ofKind.Count(c => c.IsRight) / ofKind.Count;
    }
}
