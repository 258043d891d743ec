using BriefBot.Core.Matching.Lexicon;

namespace BriefBot.Core.Matching;

/// <summary>
/// Turns text into the stems the matcher compares. Stop words stay in the sequence (a synonym phrase may hold one)
/// but are flagged, so callers keep only content stems.
/// </summary>
internal sealed class StemAnalyzer
{
    // Stems are a pure function of the word, so one process-wide cache serves every index and reload; it is bounded
    // by the vocabulary of the knowledge (questions' own words are not added: see cached).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private readonly bool cached;

    /// <param name="cached">Remember stems (knowledge text); false for questions, whose words must not grow the cache.</param>
    public StemAnalyzer(bool cached) => this.cached = cached;

    public string StemOf(string lowerWord) => StemOf(lowerWord, cached);

    /// <summary>The stem of a word from a bounded vocabulary (the knowledge's, the lexicon's), remembered for every later question.</summary>
    public static string StemOfKnownWord(string lowerWord) => StemOf(lowerWord, remember: true);

    private static string StemOf(string lowerWord, bool remember)
    {
        if (Cache.TryGetValue(lowerWord, out var cachedStem))
        {
            return cachedStem;
        }

        var stem = char.IsDigit(lowerWord[0]) ? lowerWord : EnglishStemmer.Stem(IrregularForms.Lemma(lowerWord) ?? lowerWord);
        if (remember)
        {
            Cache.TryAdd(lowerWord, stem);
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
