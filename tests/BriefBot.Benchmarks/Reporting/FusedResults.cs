using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>The fused matcher's results of one size that BenchmarkDotNet does not measure itself.</summary>
public sealed class FusedResults
{
    /// <summary>Distinct texts embedded (one matrix row each).</summary>
    public int Rows { get; private set; }

    /// <summary>The last warm start in parts: loading the files (and the lexical index), the embeddings from the cache, the matcher (its self-calibration).</summary>
    public (TimeSpan Load, TimeSpan Embeddings, TimeSpan Matcher)? WarmStartParts { get; private set; }

    /// <summary>Managed memory the fused matcher holds (knowledge, lexical index, embeddings) with its embedding cache, which the bot keeps in memory too.</summary>
    public long? HeldBytes { get; private set; }

    /// <summary>The process's working set with the fused matcher built: the model, the runtime and the benchmark's cache included.</summary>
    public long? WorkingSetBytes { get; private set; }

    public QuestionTimings? Timings { get; private set; }

    public IReadOnlyList<CheckedQuestion>? Checked { get; private set; }

    public void Embedded(int rows) => Rows = rows;

    public void Started(TimeSpan load, TimeSpan embeddings, TimeSpan matcher) => WarmStartParts = (load, embeddings, matcher);

    public void Built(long heldBytes, long workingSetBytes)
    {
        HeldBytes = heldBytes;
        WorkingSetBytes = workingSetBytes;
    }

    public void Time(QuestionTimings timings) => Timings = timings;

    public void Check(IReadOnlyList<CheckedQuestion> results) => Checked = results;

    public double? Accuracy(QuestionKind kind) => AnswerCheck.Accuracy(Checked, kind);
}
