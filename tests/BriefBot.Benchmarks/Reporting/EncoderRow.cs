using BenchmarkDotNet.Reports;
using BriefBot.Benchmarks.Semantic;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>The encoder alone: one question, and one knowledge text of a large batch.</summary>
public sealed record EncoderRow(double? QuestionMicros, double? KnowledgeTextMicros)
{
    public static EncoderRow? From(IReadOnlyList<Summary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var reports = summaries.SelectMany(s => s.Reports).ToList();
        double? Micros(string method) => reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics?.Mean / 1000;
        var row = new EncoderRow(Micros(nameof(EncoderBenchmarks.EncodeQuestion)), Micros(nameof(EncoderBenchmarks.EncodeKnowledgeTexts)));
        return row.QuestionMicros is null && row.KnowledgeTextMicros is null ? null : row;
    }
}
