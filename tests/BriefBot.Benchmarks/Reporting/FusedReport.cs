using System.Globalization;
using System.Text;
using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>The fused matcher's part of the report: its table, several askers at once, the encoder, and issue 15's targets.</summary>
public static class FusedReport
{
    public static void Append(StringBuilder text, IReadOnlyList<FusedRow> rows, EncoderRow? encoder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rows);
        text.AppendLine("Fused matcher (lexical and embedding candidates; every question encoded by all-MiniLM-L6-v2 on ONNX Runtime, one intra-op thread):");
        text.AppendLine();
        text.AppendLine("| Size | Rows embedded | Cold build (s) | Warm start (s) | load / embeddings / matcher (s) | Held (MB) | Working set (MB) | Mean (ms) | p50 (ms) | p99 (ms) | Allocated / question | Speed-up | Paraphrase % | Typo % | Out-of-scope % |");
        text.AppendLine("|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            var parts = r.Results.WarmStartParts is { } p ? $"{p.Load.TotalSeconds:F2} / {p.Embeddings.TotalSeconds:F2} / {p.Matcher.TotalSeconds:F2}" : "n/a";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Size:N0} | {r.Results.Rows:N0} | {Seconds(r.ColdBuildMicros)} | {Seconds(r.WarmStartMicros)} | {parts} | {Format.Megabytes(r.Results.HeldBytes)} | {Format.Megabytes(r.Results.WorkingSetBytes)} | {Millis(r.MeanMicros)} | {Millis(r.Results.Timings?.All.P50Microseconds)} | {Millis(r.Results.Timings?.All.P99Microseconds)} | {Format.Bytes(r.AllocatedBytes)} | {Format.Ratio(r.SpeedUp)} | {Format.Percent(r.Accuracy(QuestionKind.Paraphrase))} | {Format.Percent(r.Accuracy(QuestionKind.Typo))} | {Format.Percent(r.Accuracy(QuestionKind.OutOfScope))} |");
        }

        text.AppendLine();
        foreach (var r in rows.Where(r => r.QuestionsPerSecondByAskers.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Questions per second at {r.Size:N0} with several askers at once (the 600 questions shared out among them):");
            text.AppendLine();
            text.AppendLine("| Askers | " + string.Join(" | ", r.QuestionsPerSecondByAskers.Keys.Order()) + " |");
            text.AppendLine("|---|" + string.Concat(r.QuestionsPerSecondByAskers.Keys.Select(_ => "---:|")));
            text.AppendLine("| Questions / s | " + string.Join(" | ", r.QuestionsPerSecondByAskers.OrderBy(p => p.Key).Select(p => p.Value.ToString("F0", CultureInfo.InvariantCulture))) + " |");
            text.AppendLine();
        }

        if (encoder is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"The encoder alone: {Millis(encoder.QuestionMicros)} ms a question (one at a time), {Millis(encoder.KnowledgeTextMicros)} ms a knowledge text (1,024 in one call).");
            text.AppendLine();
        }

        Targets(text, rows);
    }

    private static void Targets(StringBuilder text, IReadOnlyList<FusedRow> rows)
    {
        var large = rows.FirstOrDefault(r => r.Size == 100_000);
        var baseline = rows.FirstOrDefault(r => r.Size == 5_000);
        text.AppendLine("Targets of issue 15:");
        text.AppendLine();
        TargetCheck.Append(text, "100k fused: mean under 15 ms", large?.MeanMicros, v => v < 15_000, v => Format.Duration(v));
        TargetCheck.Append(text, "100k fused: p99 under 30 ms", large?.Results.Timings?.All.P99Microseconds, v => v < 30_000, v => Format.Duration(v));
        TargetCheck.Append(text, "100k fused: at least 400× faster than the linear scan", large?.SpeedUp, v => v >= 400, v => Format.Ratio(v));
        TargetCheck.Append(text, "100k fused: working set under 1.5 GB", large?.Results.WorkingSetBytes, v => v < 1536L * 1024 * 1024, v => Format.Megabytes(v) + " MB");
        TargetCheck.Append(text, "100k fused: ready with a warm cache in under 15 s", large?.WarmStartMicros, v => v < 15_000_000, v => Format.Duration(v));
        foreach (var (name, accuracy) in new (string, Func<QuestionKind, double?>)[]
        {
            ("lexical", k => baseline?.Lexical.Accuracy(k) is { } a && large?.Lexical.Accuracy(k) is { } b ? a - b : null),
            ("fused", k => baseline?.Accuracy(k) is { } a && large?.Accuracy(k) is { } b ? a - b : null),
        })
        {
            var inScope = accuracy(QuestionKind.Paraphrase) is { } p && accuracy(QuestionKind.Typo) is { } t ? (p + t) / 2 : (double?)null;
            TargetCheck.Append(text, $"{name}: in-scope accuracy at 100k within 3 points of 5k", inScope, v => v <= 3, Difference);
            TargetCheck.Append(text, $"{name}: out-of-scope accuracy at 100k within 5 points of 5k", accuracy(QuestionKind.OutOfScope), v => v <= 5, Difference);
        }
    }

    // The accuracy at 5k minus the accuracy at 100k: a negative difference is a gain.
    private static string Difference(double points) =>
        points >= 0 ? $"{points:F1} points lower" : $"{-points:F1} points higher";

    private static string Seconds(double? micros) => micros is { } m ? (m / 1e6).ToString("F2", CultureInfo.InvariantCulture) : "n/a";

    private static string Millis(double? micros) => micros is { } m ? (m / 1e3).ToString(m < 10_000 ? "F2" : "F1", CultureInfo.InvariantCulture) : "n/a";
}
