using System.IO.Compression;

namespace BriefBot.Core.Matching.Lexicon;

/// <summary>
/// Synonyms and derived forms of English words from WordNet's frequent senses (see LEXICON-NOTICE.md), loaded once
/// from an embedded resource and shared read-only by every matcher.
/// </summary>
internal sealed class EnglishLexicon
{
    private static readonly Lazy<EnglishLexicon> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Dictionary<string, Relations> words;

    private EnglishLexicon(Dictionary<string, Relations> words) => this.words = words;

    public static EnglishLexicon Instance => Shared.Value;

    /// <summary>The relations of a word, looked up under the word and under its dictionary forms ("deaths" → "death").</summary>
    public IEnumerable<(string Word, bool Synonym)> Related(string word)
    {
        foreach (var lemma in Lemmas.Of(word))
        {
            if (!words.TryGetValue(lemma, out var relations))
            {
                continue;
            }

            foreach (var synonym in relations.Synonyms)
            {
                yield return (synonym, true);
            }

            foreach (var derived in relations.Derived)
            {
                yield return (derived, false);
            }
        }
    }

    private static EnglishLexicon Load()
    {
        using var resource = typeof(EnglishLexicon).Assembly.GetManifestResourceStream("BriefBot.Core.english-lexicon.tsv.gz")
            ?? throw new InvalidOperationException("The embedded English lexicon is missing from BriefBot.Core.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var words = new Dictionary<string, Relations>(40_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length == 3)
            {
                words[fields[0]] = new Relations(Split(fields[1]), Split(fields[2]));
            }
        }

        return new EnglishLexicon(words);
    }

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split(',');

    private sealed record Relations(string[] Synonyms, string[] Derived);
}
