using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Learns the acronyms a document defines, "Site Reliability Engineering (SRE)" or "SRE (Site Reliability
/// Engineering)", with the Schwartz–Hearst algorithm: the acronym's letters must appear in order in the words before
/// it, the first at the start of a word.
/// </summary>
public static partial class AcronymFinder
{
    public static IEnumerable<(string Short, string Long)> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (Match m in Parenthesised().Matches(sentence))
        {
            var inside = m.Groups["inside"].Value.Trim();
            var before = sentence[..m.Index].TrimEnd();
            if (IsAcronym(inside))
            {
                var candidate = LastWords(before, Math.Min(inside.Length + 5, inside.Length * 2));
                var longForm = ByInitials(inside, candidate) ?? LongForm(inside, candidate);
                if (longForm is not null)
                {
                    yield return (inside, longForm);
                }
            }
            else if (LastWord(before) is { } word && IsAcronym(word) && inside.Contains(' ', StringComparison.Ordinal))
            {
                var longForm = LongForm(word, inside);
                if (longForm is not null && longForm.Length == inside.Length)
                {
                    yield return (word, longForm);
                }
            }
        }
    }

    private static bool IsAcronym(string candidate) =>
        candidate.Length is >= 2 and <= 10 && char.IsLetter(candidate[0]) && !candidate.Contains(' ', StringComparison.Ordinal)
        && candidate.Count(char.IsUpper) >= Math.Max(2, candidate.Length / 2) && candidate.All(c => char.IsLetterOrDigit(c) || c is '-' or '&');

    private static string LastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    private static string? LastWord(string text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? (text.Length > 0 ? text : null) : text[(space + 1)..];
    }

    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase) { "and", "of", "the", "for", "in", "on", "to", "&", "a", "an", "at", "by" };

    // "measles, mumps and rubella (MMR)": one word per letter, minor words skipped. Schwartz–Hearst would settle for
    // the shortest match, "mumps and rubella", because it lets letters come from inside words.
    private static string? ByInitials(string acronym, string candidate)
    {
        var letters = acronym.Where(char.IsLetterOrDigit).ToArray();
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matched = 0;
        var start = words.Length;
        for (var i = words.Length - 1; i >= 0 && matched < letters.Length; i--)
        {
            var word = words[i].Trim(',', ';', ':', '"', '“', '”');
            if (word.Length == 0 || (MinorWords.Contains(word) && matched > 0))
            {
                continue;
            }

            if (char.ToLowerInvariant(word[0]) != char.ToLowerInvariant(letters[letters.Length - 1 - matched]))
            {
                return null;
            }

            matched++;
            start = i;
        }

        return matched == letters.Length && words.Length - start >= 2 ? string.Join(' ', words[start..]).TrimEnd(',', ';', ':') : null;
    }

    // Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions in biomedical text".
    private static string? LongForm(string acronym, string candidate)
    {
        var s = acronym.Length - 1;
        var l = candidate.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(acronym[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }

            while ((l >= 0 && char.ToLowerInvariant(candidate[l]) != c) || (s == 0 && l > 0 && char.IsLetterOrDigit(candidate[l - 1])))
            {
                l--;
            }

            if (l < 0)
            {
                return null;
            }

            l--;
            s--;
        }

        var start = candidate.LastIndexOf(' ', Math.Max(l, 0)) + 1;
        var longForm = candidate[start..].Trim().TrimEnd(',', ';', ':');
        var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.Length <= acronym.Length + 5 ? longForm : null;
    }

    [GeneratedRegex(@"\((?<inside>[^()]{2,120})\)")]
    private static partial Regex Parenthesised();
}
