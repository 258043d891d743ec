namespace BriefBot.Core.Matching;

/// <summary>
/// Reads a chat abbreviation as the knowledge word it shortens, the two ways people shorten words when typing
/// (Pennell &amp; Liu, 2011, "Toward text message normalization: modeling abbreviation generation"): keeping the
/// consonants ("ppl" for people, "mgr" for manager, "mtg" for meeting, "hrs" for hours) or the opening ("info",
/// "approx", "config"). Only the knowledge's own words are candidates, so "mtg" is read as whatever the documents
/// call a meeting, and nothing is guessed when no word fits.
/// </summary>
internal static class Abbreviations
{
    // Two letters are the shortest consonant skeleton people type ("hr", "yr", "rt"); a shortened opening needs four,
    // since three-letter openings ("con", "pro", "dis") begin too many words to say which.
    private const int MinimumSkeleton = 2;
    private const int MinimumOpening = 4;
    private const int MaximumLength = 6;

    // A skeleton may leave out at most this many of the word's consonants ("mgr" leaves out the n of "manager"); a
    // looser fit is a coincidence of letters, not an abbreviation.
    private const int MaximumOmittedConsonants = 2;

    /// <summary>The knowledge word <paramref name="word"/> abbreviates, or null when none does, or several equally.</summary>
    /// <param name="word">A lower-case word that is neither a knowledge word nor a real English word.</param>
    /// <param name="index">The knowledge to read it against.</param>
    public static string? Expand(string word, KnowledgeIndex index)
    {
        if (word.Length < MinimumSkeleton || word.Length > MaximumLength || !word.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        var skeleton = word.Skip(1).All(c => !IsVowel(c));
        if (!skeleton && word.Length < MinimumOpening)
        {
            return null;
        }

        string? best = null;
        var bestOmitted = int.MaxValue;
        var bestCommonness = float.MaxValue;
        var tied = false;
        foreach (var candidate in index.WordsStartingWith(word[..1]))
        {
            if (candidate.Length < word.Length + 2 || !candidate.All(char.IsAsciiLetterLower))
            {
                continue;
            }

            int omitted;
            if (skeleton && IsSubsequence(word, candidate))
            {
                omitted = Consonants(candidate) - Consonants(word);
                if (omitted > MaximumOmittedConsonants)
                {
                    continue;
                }
            }
            else if (!skeleton && candidate.StartsWith(word, StringComparison.Ordinal))
            {
                omitted = 0;
            }
            else
            {
                continue;
            }

            // Among equal fits the word the knowledge uses most (the lowest idf) is what was meant; two words of one
            // stem ("approximate", "approximately") are one reading.
            var id = index.Terms.IdOf(index.StemBySurface[candidate]);
            var commonness = id >= 0 ? index.Terms.Idf[id] : float.MaxValue;
            if (omitted < bestOmitted || (omitted == bestOmitted && commonness < bestCommonness))
            {
                tied = false;
                (best, bestOmitted, bestCommonness) = (candidate, omitted, commonness);
            }
            else if (omitted == bestOmitted && commonness == bestCommonness && index.StemBySurface[candidate] != index.StemBySurface[best!])
            {
                tied = true;
            }
        }

        return tied ? null : best;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static int Consonants(string word) => word.Count(c => !IsVowel(c));

    private static bool IsSubsequence(string shorter, string longer)
    {
        var at = 0;
        foreach (var c in longer)
        {
            if (at < shorter.Length && shorter[at] == c)
            {
                at++;
            }
        }

        return at == shorter.Length;
    }
}
