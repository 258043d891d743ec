namespace BriefBot.Core.Matching;

/// <summary>
/// Finds the knowledge word a misspelt word was meant to be, with a symmetric-delete index (SymSpell): a word and
/// its one-letter deletions are looked up against the vocabulary's words and their deletions, then checked with the
/// optimal-string-alignment distance. Short words are left alone: "hit" is too close to "hot" to guess. A correction
/// keeps the first letter: people rarely mistype it (Pollock &amp; Zamora, 1984), and in a knowledge base with thousands
/// of names, a name no document uses is often one letter away from one that some document does ("Korbri", "Morbri").
/// </summary>
internal sealed class TypoCorrector
{
    private const int MinimumLength = 4;
    private const int TwoEditLength = 8;
    private readonly Dictionary<string, string[]> byVariant;
    private readonly Dictionary<string, int> frequency;

    public TypoCorrector(IReadOnlyDictionary<string, int> wordFrequency)
    {
        frequency = new Dictionary<string, int>(wordFrequency, StringComparer.Ordinal);
        var variants = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in frequency.Keys)
        {
            if (word.Length < MinimumLength - 1)
            {
                continue;
            }

            AddVariant(variants, word, word);
            foreach (var deletion in Deletions(word))
            {
                AddVariant(variants, deletion, word);
            }
        }

        byVariant = variants.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The closest known word, or null when none is one edit away (two for long words).</summary>
    /// <param name="word">The lower-case word to correct.</param>
    /// <param name="name">
    /// The word is a name (capitalised): only a slip of typing is corrected, a letter transposed, dropped or doubled.
    /// A substituted letter makes another plausible name ("Korbri", "Korori"), so it is not guessed.
    /// </param>
    public string? Correct(string word, bool name = false)
    {
        // A three-letter word is only read as a misspelt stop word ("wat", "hwo"); any other guess would be a coin toss.
        var stopWordsOnly = word.Length == MinimumLength - 1;
        if (word.Length < MinimumLength - 1 || frequency.ContainsKey(word) || !word.Any(char.IsLetter))
        {
            return null;
        }

        var maxDistance = word.Length >= TwoEditLength ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = -1;

        void Consider(string variant)
        {
            if (!byVariant.TryGetValue(variant, out var words))
            {
                return;
            }

            foreach (var candidate in words)
            {
                if ((stopWordsOnly && !StopWords.Contains(candidate)) || candidate[0] != word[0] || (name && !IsTypingSlip(word, candidate)))
                {
                    continue;
                }

                var distance = EditDistance.OptimalStringAlignment(word, candidate, maxDistance);
                var candidateFrequency = frequency[candidate];
                if (distance <= maxDistance && (distance < bestDistance || (distance == bestDistance && candidateFrequency > bestFrequency)))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, candidateFrequency);
                }
            }
        }

        Consider(word);
        foreach (var deletion in Deletions(word))
        {
            Consider(deletion);
            if (maxDistance == 2)
            {
                foreach (var second in Deletions(deletion))
                {
                    Consider(second);
                }
            }
        }

        return best;
    }

    // One transposition of neighbours, or one letter more or fewer: what a hurried hand does to a word.
    private static bool IsTypingSlip(string typed, string known)
    {
        if (typed.Length == known.Length)
        {
            var first = 0;
            while (first < typed.Length && typed[first] == known[first])
            {
                first++;
            }

            return first + 1 < typed.Length && typed[first] == known[first + 1] && typed[first + 1] == known[first]
                && typed.AsSpan(first + 2).SequenceEqual(known.AsSpan(first + 2));
        }

        var (longer, shorter) = typed.Length > known.Length ? (typed, known) : (known, typed);
        if (longer.Length != shorter.Length + 1)
        {
            return false;
        }

        var at = 0;
        while (at < shorter.Length && shorter[at] == longer[at])
        {
            at++;
        }

        return longer.AsSpan(at + 1).SequenceEqual(shorter.AsSpan(at));
    }

    private static void AddVariant(Dictionary<string, List<string>> variants, string variant, string word)
    {
        if (!variants.TryGetValue(variant, out var list))
        {
            variants[variant] = list = new List<string>(1);
        }

        if (list.Count == 0 || list[^1] != word)
        {
            list.Add(word);
        }
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
