using System.Buffers;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Matching;

/// <summary>Splits cleaned text into words: dotted acronyms ("U.S.") become one word, contractions lose their tails.</summary>
public static partial class WordSplitter
{
    private static readonly SearchValues<char> DigitsAndDash = SearchValues.Create("0123456789-");

    public static List<Word> Split(string text) => SplitCleaned(ChatText.Clean(text));

    /// <summary>Splits text <see cref="ChatText.Clean"/> has already cleaned, for a caller that needs the cleaned text too.</summary>
    internal static List<Word> SplitCleaned(string cleaned)
    {
        if (cleaned.Contains('.', StringComparison.Ordinal))
        {
            cleaned = DottedAcronym().Replace(cleaned, m => m.Value.Replace(".", "", StringComparison.Ordinal));
        }

        if (cleaned.Contains('\'', StringComparison.Ordinal))
        {
            cleaned = NegatedContraction().Replace(cleaned, m => m.Groups["stem"].Value switch
            {
                var s when s.Equals("ca", StringComparison.OrdinalIgnoreCase) => "can not",
                var s when s.Equals("wo", StringComparison.OrdinalIgnoreCase) => "will not",
                var s => s + " not",
            });
            cleaned = Contraction().Replace(cleaned, "");
        }

        var shouting = IsShouting(cleaned);
        var words = new List<Word>();
        foreach (var (start, length) in Tokens(cleaned))
        {
            var value = cleaned.Substring(start, length);
            var caps = !shouting && value.Length >= 2 && value.Any(char.IsLetter) && !value.Any(char.IsLower);
            var proper = !shouting && !caps && char.IsUpper(value[0]) && !StartsSentence(cleaned, start);
            words.Add(new Word(value.ToLowerInvariant(), caps, proper));
        }

        return words;
    }

    // Words are runs of letters and digits; a number keeps its decimal point, thousands separator or colon
    // ("4.0", "41,300", "9:12"). A hand-written scanner: the knowledge's every sentence goes through it.
    private static IEnumerable<(int Start, int Length)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(text[i]))
            {
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                var number = i;
                while (number + 1 < text.Length && text[number] is '.' or ',' or ':' && char.IsDigit(text[number + 1]))
                {
                    number++;
                    while (number < text.Length && char.IsDigit(text[number]))
                    {
                        number++;
                    }

                    i = number;
                }

                if (i > start && (i == text.Length || !char.IsLetterOrDigit(text[i]) || HasSeparator(text, start, i)))
                {
                    yield return (start, i - start);
                    continue;
                }
            }

            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            // A code joins letters and digits with a hyphen ("TEL-7210", "F-16s", "COVID-19"): one identifier, not two words.
            while (i + 1 < text.Length && text[i] == '-' && char.IsLetterOrDigit(text[i + 1]) && MixesLettersAndDigits(text, start, i + 1))
            {
                i++;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
            }

            yield return (start, i - start);
        }
    }

    private static bool MixesLettersAndDigits(string text, int start, int next)
    {
        var end = next;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        var span = text.AsSpan(start, end - start);
        return span.IndexOfAnyInRange('0', '9') >= 0 && span.ContainsAnyExcept(DigitsAndDash);
    }

    private static bool HasSeparator(string text, int start, int end) => text.AsSpan(start, end - start).IndexOfAny(".,:") >= 0;

    private static bool StartsSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\'' or '(' or '-'))
            {
                return text[i] is '.' or '?' or '!' or ':' or ';' or '>' or '*';
            }
        }

        return true;
    }

    // A question typed in capitals does not turn every "WHAT" and "IS" into an acronym.
    private static bool IsShouting(string text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        return upper > 8 && lower < upper / 4;
    }

    [GeneratedRegex(@"(?<![\p{L}.])(?:\p{L}\.){2,}")]
    private static partial Regex DottedAcronym();

    [GeneratedRegex(@"\b(?<stem>\p{L}+)n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedContraction();

    [GeneratedRegex(@"'(?:s|re|ve|ll|d|m)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();
}
