using System.Globalization;
using System.Text;
using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>
/// What the plots show, one line a size, as CSV: every run writes it beside its report, and <c>--plot CSV FOLDER</c>
/// draws the plots from it again (how docs/benchmarks-*.svg are made). Times in µs a question, accuracy in per cent;
/// in-scope is the mean of the paraphrase and typo accuracies.
/// </summary>
public sealed record PlotData(int Size, double? LexicalMicros, double? FusedMicros, double? LinearScanMicros, double? LexicalInScope, double? LexicalOutOfScope, double? FusedInScope, double? FusedOutOfScope)
{
    private const string Header = "size,lexical_mean_us,fused_mean_us,linear_scan_us,lexical_in_scope,lexical_out_of_scope,fused_in_scope,fused_out_of_scope";

    public static IReadOnlyList<PlotData> From(IReadOnlyList<FusedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        static double? InScope(Func<QuestionKind, double?> accuracy) =>
            accuracy(QuestionKind.Paraphrase) is { } p && accuracy(QuestionKind.Typo) is { } t ? (p + t) / 2 : null;
        return [.. rows.Select(r => new PlotData(
            r.Size, r.Lexical.MeanMicros, r.MeanMicros, r.Lexical.LinearScanMicros,
            InScope(r.Lexical.Accuracy), r.Lexical.Accuracy(QuestionKind.OutOfScope), InScope(r.Accuracy), r.Accuracy(QuestionKind.OutOfScope)))];
    }

    public static string ToCsv(IEnumerable<PlotData> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        static string N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        var text = new StringBuilder(Header + "\n");
        foreach (var r in rows)
        {
            text.AppendLine(string.Join(",", r.Size.ToString(CultureInfo.InvariantCulture), N(r.LexicalMicros), N(r.FusedMicros), N(r.LinearScanMicros), N(r.LexicalInScope), N(r.LexicalOutOfScope), N(r.FusedInScope), N(r.FusedOutOfScope)));
        }

        return text.ToString();
    }

    public static IReadOnlyList<PlotData> FromCsv(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var all = lines.Where(l => l.Length > 0).ToList();
        if (all.Count == 0 || all[0] != Header)
        {
            throw new FormatException("Not a plot CSV: the first line must be " + Header);
        }

        static double? N(string v) => v.Length == 0 ? null : double.Parse(v, CultureInfo.InvariantCulture);
        return [.. all.Skip(1).Select(l => l.Split(',')).Select(f => f.Length == 8
            ? new PlotData(int.Parse(f[0], CultureInfo.InvariantCulture), N(f[1]), N(f[2]), N(f[3]), N(f[4]), N(f[5]), N(f[6]), N(f[7]))
            : throw new FormatException("A plot CSV line needs 8 fields: " + string.Join(",", f)))];
    }
}
