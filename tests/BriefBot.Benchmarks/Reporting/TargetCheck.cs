using System.Globalization;
using System.Text;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>One target of an issue, checked: met or missed with the value seen, or not measured in this run.</summary>
internal static class TargetCheck
{
    public static void Append<T>(StringBuilder text, string target, T? value, Func<T, bool> met, Func<T, string> show)
        where T : struct
    {
        var verdict = value is { } v ? (met(v) ? "met" : "**missed**") + " (" + show(v) + ")" : "not measured in this run";
        text.AppendLine(CultureInfo.InvariantCulture, $"- {target}: {verdict}");
    }
}
