using System.Globalization;
using BenchmarkDotNet.Columns;
using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>The custom columns of BenchmarkDotNet's summary: results measured beside it, shown on the Answer rows.</summary>
public static class ResultColumns
{
    private const string Method = nameof(MatcherBenchmarks.Answer);

    public static IColumn[] All { get; } =
    [
        new SizeColumn("Entries", Method, r => r.Entries.ToString(CultureInfo.InvariantCulture), "Entries the generated knowledge base loaded with"),
        new SizeColumn("Held MB", Method, r => Format.Megabytes(r.MemoryBytes), "Managed memory held by the built knowledge base and matcher"),
        new SizeColumn("p50 us", Method, r => Format.Micros(r.Timings?.All.P50Microseconds), "Median time of one question, every question timed alone"),
        new SizeColumn("p99 us", Method, r => Format.Micros(r.Timings?.All.P99Microseconds), "99th percentile time of one question, every question timed alone"),
        new SizeColumn("Paraphrase %", Method, r => Format.Percent(r.Accuracy(QuestionKind.Paraphrase)), "Paraphrases answered with their source entry"),
        new SizeColumn("Typo %", Method, r => Format.Percent(r.Accuracy(QuestionKind.Typo)), "Paraphrases with typos answered with their source entry"),
        new SizeColumn("Out-of-scope %", Method, r => Format.Percent(r.Accuracy(QuestionKind.OutOfScope)), "Out-of-scope questions declined"),
    ];
}
