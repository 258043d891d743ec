namespace BriefBot.Benchmarks.Workload;

public enum QuestionKind
{
    /// <summary>A rewording of an FAQ question; the right reply answers with that FAQ entry.</summary>
    Paraphrase,

    /// <summary>A paraphrase with one or two typos; the right reply is the same FAQ entry.</summary>
    Typo,

    /// <summary>A question no document covers; the right reply declines.</summary>
    OutOfScope,
}

/// <summary>
/// A benchmark question and what a right reply is: the entry it was made from (and that entry's file), or none.
/// <c>Source</c> is the FAQ question it paraphrases, or the kind of out-of-scope question it is.
/// </summary>
public sealed record BenchmarkQuestion(string Text, QuestionKind Kind, string? ExpectedEntryId, string? ExpectedFile, string Source);
