using System.Collections.Frozen;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Splits a paragraph into sentences that are exact substrings of it. A period ends a sentence only when it is
/// followed by space and a capital, digit or opening quote, and the word before it is not an abbreviation
/// ("Mr.", "U.S.", "D.C.", "p.m."), an initial or part of a decimal.
/// </summary>
public static class SentenceSplitter
{
    // Titles never end a sentence: "Mr. Smith" is always one sentence.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
         "gov", "sen", "rep", "pres", "rev", "hon", "vs", "approx", "dept", "est", "ft", "jan",
         "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "cf", "al"],
        StringComparer.OrdinalIgnoreCase);

    // Numbering abbreviations ("No. 5", "Fig. 2") are abbreviations only before a number: "No. It is not." is two sentences.
    private static readonly FrozenSet<string> NumberAbbreviations = FrozenSet.ToFrozenSet(["no", "nos", "vol", "fig", "p", "pp"], StringComparer.OrdinalIgnoreCase);

    // These may end a sentence ("in Washington, D.C. The"), so they split only before a typical sentence opener.
    private static readonly FrozenSet<string> Closers = FrozenSet.ToFrozenSet(
        ["etc", "inc", "ltd", "co", "corp", "llc", "plc", "a.m", "p.m"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
        ["the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "in", "on", "at",
         "but", "and", "however", "a", "an", "there", "his", "her", "their", "our", "after", "before", "when", "while",
         "as", "if", "for", "so", "yet", "also", "meanwhile", "officials", "critics", "according"],
        StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']')
            {
                end++;
            }

            if (end >= paragraph.Length || !char.IsWhiteSpace(paragraph[end]))
            {
                continue;
            }

            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
            {
                next++;
            }

            if (next >= paragraph.Length || !StartsSentence(paragraph, next))
            {
                continue;
            }

            if (c == '.' && !PeriodEndsSentence(paragraph, start, i, next))
            {
                continue;
            }

            Add(sentences, paragraph, start, end);
            start = next;
            i = next - 1;
        }

        Add(sentences, paragraph, start, paragraph.Length);
        return sentences;
    }

    private static void Add(List<string> sentences, string paragraph, int start, int end)
    {
        var text = paragraph[start..end].Trim();
        if (text.Length > 0)
        {
            sentences.Add(text);
        }
    }

    private static bool StartsSentence(string text, int index)
    {
        var c = text[index];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[';
    }

    private static bool PeriodEndsSentence(string text, int sentenceStart, int period, int next)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 0)
        {
            return true;
        }

        // Initials ("J. Smith") and titles never end a sentence.
        if ((word.Length == 1 && char.IsUpper(word[0])) || Titles.Contains(word))
        {
            return false;
        }

        if (NumberAbbreviations.Contains(word))
        {
            return !char.IsDigit(text[next]);
        }

        // Dotted acronyms ("U.S.", "D.C.") and closing abbreviations end a sentence only before a typical opener.
        if (IsDottedAcronym(word) || Closers.Contains(word))
        {
            return SentenceOpeners.Contains(NextWord(text, next));
        }

        return true;
    }

    private static bool IsDottedAcronym(string word)
    {
        // "U.S" (the final period is the one being judged) or "e.g"-like letter-dot-letter runs.
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static string NextWord(string text, int index)
    {
        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[index..end];
    }
}
