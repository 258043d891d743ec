using System.Text.RegularExpressions;

namespace BriefBot.Core.Matching;

/// <summary>Splits cleaned text into words: dotted acronyms ("U.S.") become one word, contractions lose their tails.</summary>
public static partial class WordSplitter
{
    public static List<Word> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = ChatText.Clean(text);
        cleaned = DottedAcronym().Replace(cleaned, m => m.Value.Replace(".", "", StringComparison.Ordinal));
        cleaned = NegatedContraction().Replace(cleaned, m => m.Groups["stem"].Value switch
        {
            var s when s.Equals("ca", StringComparison.OrdinalIgnoreCase) => "can not",
            var s when s.Equals("wo", StringComparison.OrdinalIgnoreCase) => "will not",
            var s => s + " not",
        });
        cleaned = Contraction().Replace(cleaned, "");

        var matches = WordPattern().Matches(cleaned);
        var shouting = IsShouting(cleaned);
        var words = new List<Word>(matches.Count);
        foreach (Match m in matches)
        {
            var value = m.Value;
            var caps = !shouting && value.Length >= 2 && value.Any(char.IsLetter) && !value.Any(char.IsLower);
            var proper = !shouting && !caps && char.IsUpper(value[0]) && !StartsSentence(cleaned, m.Index);
            words.Add(new Word(value.ToLowerInvariant(), caps, proper));
        }

        return words;
    }

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

    [GeneratedRegex(@"\p{N}+(?:[.,:]\p{N}+)+|[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
