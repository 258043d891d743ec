namespace BriefBot.Benchmarks.Reporting;

/// <summary>The two plots of docs/benchmarks.md: time per question, and accuracy, against knowledge size.</summary>
public static class Plots
{
    private const string Lexical = "#1f77b4";
    private const string Fused = "#d62728";
    private const string Scan = "#7f7f7f";

    /// <summary>Writes briefbot-time.svg and briefbot-accuracy.svg (or <paramref name="prefix"/>-time.svg …) into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<PlotData> rows, string folder, string prefix = "briefbot")
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(folder);
        static ChartSeries Line(string name, string colour, bool dashed, IEnumerable<PlotData> rows, Func<PlotData, double?> value) =>
            new(name, colour, dashed, [.. rows.Where(r => value(r) is not null).Select(r => ((double)r.Size, value(r)!.Value))]);

        var times = new[]
        {
            Line("lexical", Lexical, false, rows, r => r.LexicalMicros),
            Line("fused", Fused, false, rows, r => r.FusedMicros),
            Line("FuzzySharp scan", Scan, false, rows, r => r.LinearScanMicros),
        }.Where(s => s.Points.Count > 0).ToList();
        var all = times.SelectMany(s => s.Points).Select(p => p.Y).ToList();
        var fastest = Math.Pow(10, Math.Floor(Math.Log10(all.Min())));
        var timeRange = (fastest, Math.Max(fastest * 10, Math.Pow(10, Math.Ceiling(Math.Log10(all.Max())))));
        var accuracy = new[]
        {
            Line("lexical, in scope", Lexical, false, rows, r => r.LexicalInScope),
            Line("lexical, out of scope", Lexical, true, rows, r => r.LexicalOutOfScope),
            Line("fused, in scope", Fused, false, rows, r => r.FusedInScope),
            Line("fused, out of scope", Fused, true, rows, r => r.FusedOutOfScope),
        }.Where(s => s.Points.Count > 0).ToList();
        var lowest = accuracy.SelectMany(s => s.Points).Select(p => p.Y).DefaultIfEmpty(50).Min();

        var timePath = Path.Combine(folder, prefix + "-time.svg");
        File.WriteAllText(timePath, SvgChart.Draw("Time per question (mean)", "entries in the knowledge base", "time per question", logY: true, timeRange, times));
        var accuracyPath = Path.Combine(folder, prefix + "-accuracy.svg");
        File.WriteAllText(accuracyPath, SvgChart.Draw("Accuracy on the generated questions", "entries in the knowledge base", "right replies", logY: false, (Math.Min(50, Math.Floor(lowest / 10) * 10), 100), accuracy));
        return [timePath, accuracyPath];
    }
}
