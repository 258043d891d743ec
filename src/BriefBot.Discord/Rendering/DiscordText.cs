using System.Text;

namespace BriefBot.Discord.Rendering;

/// <summary>Text from questions and knowledge made safe to show in Discord markdown, and cut to a limit.</summary>
internal static class DiscordText
{
    private const char Ellipsis = '…';

    /// <summary>
    /// Escapes the characters Discord's markdown would act on, so a quote shows word for word: emphasis, code,
    /// spoilers, masked links and mention syntax (<c>&lt;@id&gt;</c>), and headings, lists and quotes at line starts.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            var special = c is '\\' or '*' or '_' or '~' or '`' or '|' or '<' or '>' or '[' or ']'
                || (lineStart && c is '#' or '-' or '+');
            if (special)
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Cuts to at most <paramref name="max"/> characters at a word boundary, marked with an ellipsis. Never splits
    /// a surrogate pair or leaves a dangling markdown escape.
    /// </summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var room = max - 1;
        var end = room;
        var space = text.LastIndexOfAny([' ', '\n', '\t'], room);
        // A boundary in the last third is worth the lost characters; one further back would throw away too much text.
        if (space >= room * 2 / 3)
        {
            end = space;
        }
        else if (char.IsLowSurrogate(text[end]) && end > 0)
        {
            end--;
        }

        var head = text.AsSpan(0, end).TrimEnd();
        var backslashes = 0;
        while (backslashes < head.Length && head[head.Length - 1 - backslashes] == '\\')
        {
            backslashes++;
        }

        if (backslashes % 2 == 1)
        {
            head = head[..^1];
        }

        return string.Concat(head, Ellipsis.ToString());
    }

    /// <summary>Prefixes every line with Discord's block-quote marker.</summary>
    public static string BlockQuote(string text) => "> " + text.Replace("\n", "\n> ", StringComparison.Ordinal);
}
