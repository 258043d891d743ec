using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefBot.Deploy.Tests.Systemd;

/// <summary>A systemd time span as TimeoutStopSec= takes it: "35s", "1min 30s", or bare seconds.</summary>
internal static partial class SystemdTimeSpan
{
    public static TimeSpan Parse(string value)
    {
        var total = TimeSpan.Zero;
        foreach (Match part in Part().Matches(value))
        {
            var number = double.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += part.Groups["unit"].Value switch
            {
                "" or "s" or "sec" => TimeSpan.FromSeconds(number),
                "ms" => TimeSpan.FromMilliseconds(number),
                "m" or "min" => TimeSpan.FromMinutes(number),
                "h" => TimeSpan.FromHours(number),
                var unit => throw new FormatException("unknown unit " + unit),
            };
        }

        return total;
    }

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?<unit>[a-z]*)")]
    private static partial Regex Part();
}
