using System.Globalization;
using System.Text;
using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>The run's results as Markdown: the main table, accuracy in detail, and the targets checked.</summary>
public static class MarkdownReport
{
    public static string Build(IReadOnlyList<SizeRow> rows, IReadOnlyList<FusedRow> fused, EncoderRow? encoder, BenchmarkMode mode, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(mode);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Mode `{mode.Name}`, seed {mode.Seed}, {QuestionSet.PerKind} questions of each kind per size, linear scan on {QuestionSet.LinearSampleSize} of them; run took {elapsed.TotalMinutes:F1} min.");
        text.AppendLine();
        text.AppendLine("| Size | Entries | Build (s) | Memory (MB) | Mean (µs) | p50 (µs) | p99 (µs) | Allocated / question | Linear scan / question | Speed-up | Autocomplete (µs) | Paraphrase % | Typo % | Out-of-scope % |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            text.AppendLine(string.Join(" | ", [
                "", r.Size.ToString("N0", CultureInfo.InvariantCulture), r.Results.Entries.ToString("N0", CultureInfo.InvariantCulture),
                r.BuildMicros is { } b ? (b / 1e6).ToString("F2", CultureInfo.InvariantCulture) : "n/a",
                Format.Megabytes(r.Results.MemoryBytes), Format.Micros(r.MeanMicros),
                Format.Micros(r.Results.Timings?.All.P50Microseconds), Format.Micros(r.Results.Timings?.All.P99Microseconds),
                Format.Bytes(r.AllocatedBytes), Format.Duration(r.LinearScanMicros), Format.Ratio(r.SpeedUp),
                Format.Micros(r.AutocompleteMicros), Format.Percent(r.Accuracy(QuestionKind.Paraphrase)),
                Format.Percent(r.Accuracy(QuestionKind.Typo)), Format.Percent(r.Accuracy(QuestionKind.OutOfScope)), "",
            ]).Trim());
        }

        text.AppendLine();
        Detail(text, rows);
        text.AppendLine();
        AccuracyDetail(text, rows);
        text.AppendLine();
        Targets(text, rows);
        text.AppendLine();
        FusedReport.Append(text, fused, encoder);
        return text.ToString();
    }

    private static void Detail(StringBuilder text, IReadOnlyList<SizeRow> rows)
    {
        text.AppendLine("Each question timed alone (µs, p50 / p99 / slowest), and what one build allocates:");
        text.AppendLine();
        text.AppendLine("| Size | Questions timed | All | Paraphrase | Typo | Out of scope | Allocated by one build |");
        text.AppendLine("|---:|---:|---|---|---|---|---:|");
        foreach (var r in rows)
        {
            var t = r.Results.Timings;
            string Of(LatencyStats? s) => s is null ? "n/a" : $"{Format.Micros(s.P50Microseconds)} / {Format.Micros(s.P99Microseconds)} / {Format.Micros(s.MaxMicroseconds)}";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Size:N0} | {t?.All.Samples ?? 0} | {Of(t?.All)} | {Of(t?.ByKind.GetValueOrDefault(QuestionKind.Paraphrase))} | {Of(t?.ByKind.GetValueOrDefault(QuestionKind.Typo))} | {Of(t?.ByKind.GetValueOrDefault(QuestionKind.OutOfScope))} | {Format.Bytes(r.Results.BuildAllocatedBytes)} |");
        }
    }

    private static void AccuracyDetail(StringBuilder text, IReadOnlyList<SizeRow> rows)
    {
        text.AppendLine("Replies in detail (right / another entry of the same document / an entry of another document / declined; out of scope: declined of each kind):");
        text.AppendLine();
        text.AppendLine("| Size | Paraphrase | Typo | Out of scope: unknown topic | Out of scope: unknown entity |");
        text.AppendLine("|---:|---|---|---|---|");
        foreach (var r in rows.Where(r => r.Results.Checked is not null))
        {
            var all = r.Results.Checked!;
            string Answerable(QuestionKind kind)
            {
                var of = all.Where(c => c.Question.Kind == kind).ToList();
                int N(Outcome o) => of.Count(c => c.Outcome == o);
                return $"{N(Outcome.Right)} / {N(Outcome.OtherEntryOfSameDocument)} / {N(Outcome.EntryOfAnotherDocument)} / {N(Outcome.Abstained)}";
            }

            string Declined(string source)
            {
                var of = all.Where(c => c.Question.Kind == QuestionKind.OutOfScope && c.Question.Source == source).ToList();
                return $"{of.Count(c => c.IsRight)} of {of.Count}";
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Size:N0} | {Answerable(QuestionKind.Paraphrase)} | {Answerable(QuestionKind.Typo)} | {Declined(OutOfScopeQuestions.UnknownTopic)} | {Declined(OutOfScopeQuestions.UnknownEntity)} |");
        }
    }

    private static void Targets(StringBuilder text, IReadOnlyList<SizeRow> rows)
    {
        var small = rows.FirstOrDefault(r => r.Size == 1_000);
        var large = rows.FirstOrDefault(r => r.Size == 100_000);
        text.AppendLine("Targets of issue 6:");
        text.AppendLine();
        Check(text, "100k: p99 under 10 ms", large?.Results.Timings?.All.P99Microseconds, v => v < 10_000, v => Format.Duration(v));
        Check(text, "100k: at least 1,000× faster than the linear scan", large?.SpeedUp, v => v >= 1000, v => Format.Ratio(v));
        Check(text, "100k: built from files in under 10 s", large?.BuildMicros, v => v < 10_000_000, v => Format.Duration(v));
        Check(text, "100k: memory under 500 MB", large?.Results.MemoryBytes, v => v < 500L * 1024 * 1024, v => Format.Megabytes(v) + " MB");
        Check(text, "1k: p99 under 1 ms", small?.Results.Timings?.All.P99Microseconds, v => v < 1_000, v => Format.Duration(v));
        Check(text, "100k: autocomplete under 5 ms", large?.AutocompleteMicros, v => v < 5_000, v => Format.Duration(v));
        foreach (var kind in Enum.GetValues<QuestionKind>())
        {
            var drop = small?.Accuracy(kind) - large?.Accuracy(kind);
            Check(text, $"{kind} accuracy at 100k within 2 points of 1k", drop, v => v <= 2, v => $"{small?.Accuracy(kind):F0}% → {large?.Accuracy(kind):F0}%");
        }
    }

    private static void Check<T>(StringBuilder text, string target, T? value, Func<T, bool> met, Func<T, string> show)
        where T : struct => TargetCheck.Append(text, target, value, met, show);
}
