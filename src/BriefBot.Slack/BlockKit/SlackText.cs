using System.Text;

namespace BriefBot.Slack.BlockKit;

/// <summary>Text rules every outgoing Slack message follows: escaping, clean cuts, quotes.</summary>
internal static class SlackText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Escapes exactly the three characters Slack's formatting reserves, so text from users or knowledge can never form
    /// a mention (<c>&lt;!channel&gt;</c>, <c>&lt;@U123&gt;</c>), a link or a date token.
    /// </summary>
    public static string Escape(string? text) =>
        string.IsNullOrEmpty(text)
            ? ""
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Cuts text to at most <paramref name="max"/> characters at a word boundary, ending with an ellipsis. Escaped text
    /// stays valid: entities hold no spaces, so a word-boundary cut never splits one, and a hard cut backs off an
    /// entity or a surrogate pair rather than halve it.
    /// </summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var limit = max - Ellipsis.Length;
        var space = text.AsSpan(0, limit + 1).LastIndexOfAny(" \n\t");
        int end;
        if (space >= limit / 2)
        {
            end = space;
        }
        else
        {
            end = limit;
            var amp = text.AsSpan(0, end).LastIndexOf('&');
            if (amp >= 0 && text.AsSpan(amp, end - amp).IndexOf(';') < 0)
            {
                end = amp;
            }

            if (end > 0 && char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }
        }

        return text[..end].TrimEnd() + Ellipsis;
    }

    /// <summary>An mrkdwn block quote of already escaped text: Slack quotes lines that start with a literal <c>&gt;</c>.</summary>
    public static string Quote(string escaped) =>
        string.Join('\n', escaped.Split('\n').Select(line => ">" + line));

    /// <summary>Packs lines into as few texts of at most <paramref name="max"/> characters as keep every line whole (a line too long on its own is cut).</summary>
    public static IReadOnlyList<string> Pack(IEnumerable<string> lines, int max)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var packed = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = Cut(raw, max);
            if (current.Length > 0 && current.Length + 1 + line.Length > max)
            {
                packed.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line);
        }

        if (current.Length > 0)
        {
            packed.Add(current.ToString());
        }

        return packed;
    }
}
