using System.Globalization;
using System.Net;
using System.Text;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>One line of a chart: its name in the legend, its colour and dash, and its points.</summary>
public sealed record ChartSeries(string Name, string Colour, bool Dashed, IReadOnlyList<(double X, double Y)> Points);

/// <summary>
/// A line chart as a standalone SVG, written by hand so that the plots in docs/ need nothing installed: a log-scale x
/// axis (knowledge size), a linear or log-scale y axis, a grid, a legend.
/// </summary>
public static class SvgChart
{
    private const double Width = 640;
    private const double Height = 400;
    private const double Left = 70;
    private const double Right = 190;
    private const double Top = 40;
    private const double Bottom = 55;

    public static string Draw(string title, string xLabel, string yLabel, bool logY, (double Min, double Max) yRange, IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0)
        {
            throw new ArgumentException("Nothing to plot.", nameof(series));
        }

        var xMin = Math.Pow(10, Math.Floor(Math.Log10(points.Min(p => p.X))));
        var xMax = Math.Max(xMin * 10, Math.Pow(10, Math.Ceiling(Math.Log10(points.Max(p => p.X)))));
        var (yMin, yMax) = yRange;
        double X(double x) => Left + ((Math.Log10(x) - Math.Log10(xMin)) / (Math.Log10(xMax) - Math.Log10(xMin)) * (Width - Left - Right));
        double Y(double y) => logY
            ? Height - Bottom - ((Math.Log10(y) - Math.Log10(yMin)) / (Math.Log10(yMax) - Math.Log10(yMin)) * (Height - Top - Bottom))
            : Height - Bottom - ((y - yMin) / (yMax - yMin) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.AppendLine(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.AppendLine(Invariant($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>"));
        svg.AppendLine(Invariant($"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">{Escape(title)}</text>"));
        for (var x = xMin; x <= xMax * 1.0001; x *= 10)
        {
            svg.AppendLine(Invariant($"<line x1=\"{X(x):F1}\" y1=\"{Top}\" x2=\"{X(x):F1}\" y2=\"{Height - Bottom}\" stroke=\"#ddd\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{X(x):F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Count(x)}</text>"));
        }

        foreach (var y in Ticks(yMin, yMax, logY))
        {
            svg.AppendLine(Invariant($"<line x1=\"{Left}\" y1=\"{Y(y):F1}\" x2=\"{Width - Right}\" y2=\"{Y(y):F1}\" stroke=\"#ddd\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{Left - 6}\" y=\"{Y(y) + 4:F1}\" text-anchor=\"end\">{Tick(y, logY)}</text>"));
        }

        svg.AppendLine(Invariant($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"none\" stroke=\"#444\"/>"));
        svg.AppendLine(Invariant($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 14}\" text-anchor=\"middle\">{Escape(xLabel)}</text>"));
        svg.AppendLine(Invariant($"<text transform=\"translate(18 {(Top + Height - Bottom) / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(yLabel)}</text>"));
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var dash = s.Dashed ? " stroke-dasharray=\"6 4\"" : "";
            var path = string.Join(" ", s.Points.OrderBy(p => p.X).Select(p => Invariant($"{X(p.X):F1},{Y(p.Y):F1}")));
            svg.AppendLine(Invariant($"<polyline points=\"{path}\" fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2\"{dash}/>"));
            foreach (var p in s.Points)
            {
                svg.AppendLine(Invariant($"<circle cx=\"{X(p.X):F1}\" cy=\"{Y(p.Y):F1}\" r=\"3\" fill=\"{s.Colour}\"/>"));
            }

            var ly = Top + 10 + (i * 20);
            svg.AppendLine(Invariant($"<line x1=\"{Width - Right + 12}\" y1=\"{ly}\" x2=\"{Width - Right + 36}\" y2=\"{ly}\" stroke=\"{s.Colour}\" stroke-width=\"2\"{dash}/>"));
            svg.AppendLine(Invariant($"<text x=\"{Width - Right + 42}\" y=\"{ly + 4}\">{Escape(s.Name)}</text>"));
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static IEnumerable<double> Ticks(double min, double max, bool log)
    {
        if (log)
        {
            for (var y = min; y <= max * 1.0001; y *= 10)
            {
                yield return y;
            }

            yield break;
        }

        var step = (max - min) / 5;
        for (var y = min; y <= max + (step / 2); y += step)
        {
            yield return y;
        }
    }

    private static string Count(double x) => x >= 1000 ? (x / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k" : x.ToString("0", CultureInfo.InvariantCulture);

    // A log axis here is always a time in microseconds; a linear one a percentage.
    private static string Tick(double y, bool log) => (log, y) switch
    {
        (false, _) => y.ToString("0.#", CultureInfo.InvariantCulture) + "%",
        (_, >= 1_000_000) => (y / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + " s",
        (_, >= 1_000) => (y / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + " ms",
        _ => y.ToString("0.##", CultureInfo.InvariantCulture) + " µs",
    };

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
