using BenchmarkDotNet.Reports;
using BriefBot.Benchmarks.Semantic;
using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>One size's line of the fused matcher's report, beside the lexical <see cref="SizeRow"/> of the same size.</summary>
public sealed record FusedRow(
    SizeRow Lexical,
    double? ColdBuildMicros,
    double? WarmStartMicros,
    double? MeanMicros,
    long? AllocatedBytes,
    double? MatcherOnSampleMicros,
    IReadOnlyDictionary<int, double> QuestionsPerSecondByAskers)
{
    public int Size => Lexical.Size;

    public FusedResults Results => Lexical.Results.Fused;

    /// <summary>The linear scan's time over the fused matcher's, on the same sample of questions in the same run.</summary>
    public double? SpeedUp => Lexical.LinearScanMicros / MatcherOnSampleMicros;

    public double? Accuracy(QuestionKind kind) => Results.Accuracy(kind);

    public static IReadOnlyList<FusedRow> From(IReadOnlyList<Summary> summaries, IReadOnlyList<SizeRow> lexical)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(lexical);
        var reports = summaries.SelectMany(s => s.Reports).ToList();
        return [.. lexical.Select(row =>
        {
            var ofSize = reports.Where(r => r.BenchmarkCase.Parameters["Size"] is int s && s == row.Size).ToList();
            BenchmarkReport? Find(string method) => ofSize.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
            double? Micros(string method) => Find(method)?.ResultStatistics?.Mean / 1000;
            var answer = Find(nameof(FusedMatcherBenchmarks.FusedAnswer));
            var concurrent = ofSize
                .Where(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ConcurrentAskBenchmarks.ConcurrentAnswer) && r.ResultStatistics is not null)
                .ToDictionary(r => (int)r.BenchmarkCase.Parameters["Askers"], r => 1e9 / r.ResultStatistics!.Mean);
            return new FusedRow(
                row,
                Micros(nameof(ColdBuildBenchmarks.ColdBuild)),
                Micros(nameof(WarmStartBenchmarks.WarmStart)),
                Micros(nameof(FusedMatcherBenchmarks.FusedAnswer)),
                answer?.GcStats.GetBytesAllocatedPerOperation(answer.BenchmarkCase),
                Micros(nameof(FusedMatcherBenchmarks.FusedAnswerLinearScanSample)),
                concurrent);
        })];
    }
}
