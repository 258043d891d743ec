using BenchmarkDotNet.Reports;
using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>One size's line of the report: BenchmarkDotNet's measurements joined with the results measured beside them.</summary>
public sealed record SizeRow(
    int Size,
    SizeResults Results,
    double? BuildMicros,
    double? MeanMicros,
    long? AllocatedBytes,
    double? LinearScanMicros,
    double? MatcherOnSampleMicros,
    double? AutocompleteMicros)
{
    /// <summary>The linear scan's time over the matcher's, on the same sample of questions in the same run.</summary>
    public double? SpeedUp => LinearScanMicros / MatcherOnSampleMicros;

    public double? Accuracy(QuestionKind kind) => Results.Accuracy(kind);

    public static IReadOnlyList<SizeRow> From(IReadOnlyList<Summary> summaries, IEnumerable<int> sizes)
    {
        var reports = summaries.SelectMany(s => s.Reports).ToList();
        return [.. sizes.Select(size =>
        {
            BenchmarkReport? Find(string method) => reports.FirstOrDefault(r =>
                r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.BenchmarkCase.Parameters["Size"] is int s && s == size);
            double? Micros(string method) => Find(method)?.ResultStatistics?.Mean / 1000;
            var answer = Find(nameof(MatcherBenchmarks.Answer));
            return new SizeRow(
                size,
                RunResults.For(size),
                Micros(nameof(BuildBenchmarks.BuildFromFiles)),
                Micros(nameof(MatcherBenchmarks.Answer)),
                answer?.GcStats.GetBytesAllocatedPerOperation(answer.BenchmarkCase),
                Micros(nameof(LinearScanBenchmarks.LinearScan)),
                Micros(nameof(MatcherBenchmarks.AnswerLinearScanSample)),
                Micros(nameof(MatcherBenchmarks.Autocomplete)));
        })];
    }
}
