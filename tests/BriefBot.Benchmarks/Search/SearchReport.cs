using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace BriefBot.Benchmarks.Search;

/// <summary>The search benchmarks as Markdown: time per question and recall of each method at each matrix size.</summary>
public static class SearchReport
{
    public static string Build(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        text.AppendLine("Nearest 32 rows of 384 dimensions, per question (µs), and recall of the exact top 32:");
        text.AppendLine();
        text.AppendLine("| Rows | Exact float (µs) | Int8 + rescoring (µs) | Int8 recall | HNSW (µs) | HNSW recall | HNSW build (s) |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        var rows = summary.Reports.Select(r => (int)r.BenchmarkCase.Parameters["Rows"]).Distinct().Order();
        foreach (var size in rows)
        {
            double? Micros(string method) => summary.Reports.FirstOrDefault(r => (int)r.BenchmarkCase.Parameters["Rows"] == size && r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics?.Mean / 1000;
            string Recall(string method) => SearchResults.Recall.TryGetValue((size, method), out var r) ? r.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
            string Time(double? micros) => micros is { } m ? m.ToString("N0", CultureInfo.InvariantCulture) : "n/a";
            var graphBuilt = SearchResults.GraphBuild.TryGetValue(size, out var took) ? took.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "n/a";
            var hnsw = SearchResults.GraphUnavailable is null ? Micros(nameof(NearestBenchmarks.Hnsw)) : null;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {size:N0} | {Time(Micros(nameof(NearestBenchmarks.ExactFloat)))} | {Time(Micros(nameof(NearestBenchmarks.QuantizedInt8)))} | {Recall(nameof(NearestBenchmarks.QuantizedInt8))} | {Time(hnsw)} | {Recall(nameof(NearestBenchmarks.Hnsw))} | {graphBuilt} |");
        }

        if (SearchResults.GraphUnavailable is { } why)
        {
            text.AppendLine();
            text.AppendLine("HNSW not measured: USearch's native library did not load (" + why + ").");
        }

        return text.ToString();
    }
}
