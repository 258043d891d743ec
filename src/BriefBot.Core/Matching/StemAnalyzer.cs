using BriefBot.Core.Matching.Lexicon;

namespace BriefBot.Core.Matching;

/// <summary>
/// Turns text into the stems the matcher compares. Stop words stay in the sequence (a synonym phrase may hold one)
/// but are flagged, so callers keep only content stems.
/// </summary>
internal sealed class StemAnalyzer
{
    private readonly Dictionary<string, string>? cache;

    /// <param name="cached">Cache stems (index building, single-threaded); query-time analyzers share no state.</param>
    public StemAnalyzer(bool cached) => cache = cached ? new Dictionary<string, string>(StringComparer.Ordinal) : null;

    public string StemOf(string lowerWord)
    {
        if (cache is not null && cache.TryGetValue(lowerWord, out var cachedStem))
        {
            return cachedStem;
        }

        var stem = char.IsDigit(lowerWord[0]) ? lowerWord : EnglishStemmer.Stem(IrregularForms.Lemma(lowerWord) ?? lowerWord);
        if (cache is not null)
        {
            cache[lowerWord] = stem;
        }

        return stem;
    }

    /// <summary>Stems of every word of <paramref name="words"/>, stop words included.</summary>
    public string[] Stems(IReadOnlyList<Word> words)
    {
        var stems = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            stems[i] = StemOf(words[i].Lower);
        }

        return stems;
    }

    /// <summary>Whether a word carries meaning: not a stop word, and not a lone letter.</summary>
    public static bool IsContent(Word word) => !word.IsStopWord && (word.Lower.Length > 1 || char.IsDigit(word.Lower[0]));
}
