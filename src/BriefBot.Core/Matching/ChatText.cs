using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Matching;

/// <summary>
/// Strips what chat platforms add around a question (Slack and Discord mentions, channel links, special mentions,
/// URLs, emoji codes, Markdown markers) and straightens typographic quotes. Case is kept: the analyzer needs it to
/// tell "US" from "us".
/// </summary>
public static partial class ChatText
{
    private static readonly SearchValues<char> MarkdownMarkerChars = SearchValues.Create("*_~|`>");

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        // Each pass runs only when its trigger character is there: most questions are plain words.
        var s = text;
        if (s.Contains('<', StringComparison.Ordinal))
        {
            s = SlackLink().Replace(s, m => m.Groups["label"].Success && m.Groups["target"].Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                ? " " + m.Groups["label"].Value + " "
                : " ");
            s = DiscordMarkup().Replace(s, " ");
        }

        if (s.Contains('@', StringComparison.Ordinal))
        {
            s = SpecialMention().Replace(s, " ");
        }

        if (s.Contains("http", StringComparison.OrdinalIgnoreCase) || s.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            s = Url().Replace(s, " ");
        }

        if (s.Contains(':', StringComparison.Ordinal))
        {
            s = EmojiCode().Replace(s, " ");
        }

        if (s.Contains('[', StringComparison.Ordinal))
        {
            s = MarkdownLink().Replace(s, "${text}");
        }

        if (s.AsSpan().IndexOfAny(MarkdownMarkerChars) >= 0)
        {
            s = MarkdownMarkers().Replace(s, " ");
        }
        return Whitespace().Replace(Straighten(s), " ").Trim();
    }

    private static string Straighten(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            builder.Append(c switch
            {
                '‘' or '’' or '‚' or '‛' or '′' or '`' => '\'',
                '“' or '”' or '„' or '‟' or '″' => '"',
                '–' or '—' or '―' => '-',
                '\u00A0' or '\u2009' or '\u202F' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Slack: <@U024BE7LH>, <#C123|general>, <!here>, <!subteam^S1|@team>, <https://example.com|label>, <mailto:x|y>.
    [GeneratedRegex(@"<(?<target>[@#!][^>|]*|[a-z]+:[^>|]*)(?:\|(?<label>[^>]*))?>", RegexOptions.IgnoreCase)]
    private static partial Regex SlackLink();

    // Discord: <@80351110224678912>, <@!80351110224678912>, <@&role>, <#channel>, <:name:id>, <a:name:id>, <t:1700000000:R>, </cmd:id>.
    [GeneratedRegex(@"<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::[a-zA-Z])?|/[\w -]+:\d+)>")]
    private static partial Regex DiscordMarkup();

    [GeneratedRegex(@"(?<![\w@])@(?:everyone|here|channel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpecialMention();

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<!\w):[a-z0-9_+\-]+:(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex EmojiCode();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    // Emphasis, strike-through, spoiler, code and quote markers; word-internal underscores are kept.
    [GeneratedRegex(@"\*{1,3}|~~|\|\||`{1,3}|(?<!\w)_{1,2}|_{1,2}(?!\w)|^>\s?|(?<=\n)>\s?", RegexOptions.Multiline)]
    private static partial Regex MarkdownMarkers();
}
