using System.Globalization;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>How the report writes numbers: invariant culture, units chosen for reading at a glance.</summary>
internal static class Format
{
    public static string Micros(double? micros) => micros switch
    {
        null => "n/a",
        < 10 => micros.Value.ToString("F2", CultureInfo.InvariantCulture),
        < 1000 => micros.Value.ToString("F1", CultureInfo.InvariantCulture),
        _ => micros.Value.ToString("N0", CultureInfo.InvariantCulture),
    };

    public static string Duration(double? micros) => micros switch
    {
        null => "n/a",
        < 1_000 => Micros(micros) + " µs",
        < 1_000_000 => (micros.Value / 1_000).ToString("F1", CultureInfo.InvariantCulture) + " ms",
        _ => (micros.Value / 1_000_000).ToString("F2", CultureInfo.InvariantCulture) + " s",
    };

    public static string Megabytes(long? bytes) =>
        bytes is { } b ? (b / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) : "n/a";

    public static string Bytes(long? bytes) => bytes switch
    {
        null => "n/a",
        < 1024 => bytes.Value.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes.Value / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes.Value / 1024.0 / 1024.0).ToString("F2", CultureInfo.InvariantCulture) + " MB",
    };

    public static string Percent(double? percent) => percent is { } p ? p.ToString("F0", CultureInfo.InvariantCulture) : "n/a";

    public static string Ratio(double? ratio) => ratio is { } r ? "×" + r.ToString(r < 100 ? "F1" : "N0", CultureInfo.InvariantCulture) : "n/a";
}
