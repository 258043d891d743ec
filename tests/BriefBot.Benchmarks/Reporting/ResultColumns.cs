using System.Globalization;
using BenchmarkDotNet.Columns;
using BriefBot.Benchmarks.Semantic;
using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>
/// The custom columns of BenchmarkDotNet's summary: results measured beside it, shown on the lexical matcher's
/// Answer rows and on the fused matcher's (FusedAnswer, WarmStart) rows.
/// </summary>
public static class ResultColumns
{
    private const string Lexical = nameof(MatcherBenchmarks.Answer);
    private const string Fused = nameof(FusedMatcherBenchmarks.FusedAnswer);
    private const string Warm = nameof(WarmStartBenchmarks.WarmStart);

    public static IColumn[] All { get; } =
    [
        Column("Entries", "Entries the generated knowledge base loaded with", (Lexical, r => r.Entries.ToString(CultureInfo.InvariantCulture))),
        Column("Held MB", "Managed memory held by the built knowledge base and matcher (fused: with its embeddings)", (Lexical, r => Format.Megabytes(r.MemoryBytes)), (Warm, r => Format.Megabytes(r.Fused.HeldBytes))),
        Column("WS MB", "The process's working set with the fused matcher built (model and benchmark cache included)", (Warm, r => Format.Megabytes(r.Fused.WorkingSetBytes))),
        Column("p50 us", "Median time of one question, every question timed alone", (Lexical, r => Format.Micros(r.Timings?.All.P50Microseconds)), (Fused, r => Format.Micros(r.Fused.Timings?.All.P50Microseconds))),
        Column("p99 us", "99th percentile time of one question, every question timed alone", (Lexical, r => Format.Micros(r.Timings?.All.P99Microseconds)), (Fused, r => Format.Micros(r.Fused.Timings?.All.P99Microseconds))),
        Accuracy("Paraphrase %", "Paraphrases answered with their source entry", QuestionKind.Paraphrase),
        Accuracy("Typo %", "Paraphrases with typos answered with their source entry", QuestionKind.Typo),
        Accuracy("Out-of-scope %", "Out-of-scope questions declined", QuestionKind.OutOfScope),
    ];

    private static SizeColumn Accuracy(string name, string legend, QuestionKind kind) =>
        Column(name, legend, (Lexical, r => Format.Percent(r.Accuracy(kind))), (Fused, r => Format.Percent(r.Fused.Accuracy(kind))));

    private static SizeColumn Column(string name, string legend, params (string Method, Func<SizeResults, string?> Value)[] values) =>
        new(name, values.ToDictionary(v => v.Method, v => v.Value), legend);
}
