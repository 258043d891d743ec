using System.Text.RegularExpressions;

namespace BriefBot.Slack.Events;

/// <summary>
/// Turns a message's Slack markup into the plain question the user typed: the bot's own mention goes, other mentions
/// and links become their labels, and the three escaped characters are restored. The reply escapes again whatever
/// it echoes.
/// </summary>
internal static partial class SlackMarkup
{
    public static string ToPlainText(string text, string? botUserId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = Token().Replace(text, m => Replace(m.Groups["body"].Value, botUserId));
        plain = plain.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        return Spaces().Replace(plain, " ").Trim();
    }

    private static string Replace(string body, string? botUserId)
    {
        var bar = body.IndexOf('|', StringComparison.Ordinal);
        var target = bar < 0 ? body : body[..bar];
        var label = bar < 0 ? null : body[(bar + 1)..];
        return target switch
        {
            // <@U123>: a person (or the bot, the addressee rather than part of the question); labels are rare here.
            ['@', ..] => target[1..] == botUserId ? "" : label ?? "",
            ['#', ..] => label is null ? "" : "#" + label,
            // <!here>, <!channel>, <!subteam^ID|@team>, <!date^…|fallback>: keep only a readable label.
            ['!', ..] => label ?? "",
            _ => label ?? target,
        };
    }

    [GeneratedRegex("<(?<body>[^<>]*)>")]
    private static partial Regex Token();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
