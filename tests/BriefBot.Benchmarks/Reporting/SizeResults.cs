using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>The results of one knowledge size that BenchmarkDotNet does not measure itself.</summary>
public sealed class SizeResults(int size)
{
    public int Size { get; } = size;

    public int Entries { get; private set; }

    /// <summary>Managed memory held by the built knowledge base and matcher.</summary>
    public long? MemoryBytes { get; private set; }

    public QuestionTimings? Timings { get; private set; }

    /// <summary>The same knowledge with the encoder: lexical and embedding candidates fused.</summary>
    public FusedResults Fused { get; } = new();

    public IReadOnlyList<CheckedQuestion>? Checked { get; private set; }

    public void Describe(int entries) => Entries = entries;

    /// <summary>Bytes allocated while building the knowledge base once, garbage included.</summary>
    public long? BuildAllocatedBytes { get; private set; }

    public void Built(long memoryBytes, long allocatedBytes)
    {
        MemoryBytes = memoryBytes;
        BuildAllocatedBytes = allocatedBytes;
    }

    public void Time(QuestionTimings timings) => Timings = timings;

    public void Check(IReadOnlyList<CheckedQuestion> results) => Checked = results;

    /// <summary>Per cent of the questions of a kind that got the right reply.</summary>
    public double? Accuracy(QuestionKind kind) => AnswerCheck.Accuracy(Checked, kind);
}
