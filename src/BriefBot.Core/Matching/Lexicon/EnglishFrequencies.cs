using System.Globalization;
using System.IO.Compression;

namespace BriefBot.Core.Matching.Lexicon;

/// <summary>
/// How common English words are (Zipf scale, SUBTLEX-US; see LEXICON-NOTICE.md), loaded once from an embedded
/// resource. A word found here is a real word, not a typo; and the rarer a word, the more a question that uses it
/// is about it.
/// </summary>
internal sealed class EnglishFrequencies
{
    /// <summary>Words at least this common (about five per hundred million) are real words, never typos.</summary>
    public const float RealWord = 2.3f;

    private static readonly Lazy<EnglishFrequencies> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Dictionary<string, float> zipf;

    private EnglishFrequencies(Dictionary<string, float> zipf) => this.zipf = zipf;

    public static EnglishFrequencies Instance => Shared.Value;

    /// <summary>The word's Zipf value, 0 for a word the corpus never saw.</summary>
    public float Zipf(string word) => zipf.GetValueOrDefault(word);

    public bool IsRealWord(string word) => Zipf(word) >= RealWord;

    private static EnglishFrequencies Load()
    {
        using var resource = typeof(EnglishFrequencies).Assembly.GetManifestResourceStream("BriefBot.Core.english-frequencies.tsv.gz")
            ?? throw new InvalidOperationException("The embedded English word frequencies are missing from BriefBot.Core.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var zipf = new Dictionary<string, float>(64_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab < 0)
            {
                continue;
            }

            zipf[line[..tab]] = float.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }

        return new EnglishFrequencies(zipf);
    }
}
