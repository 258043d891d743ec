using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Matching;

/// <summary>
/// The searchable form of a knowledge base: every question phrasing, answer and fact as a set of term ids, an
/// inverted index from term to texts, the vocabulary for typo correction and the synonym phrases. Immutable once
/// built, so any number of questions can be matched against it at once without locks.
/// </summary>
internal sealed class KnowledgeIndex
{
    private readonly Lazy<TypoCorrector> typoCorrector;

    private KnowledgeIndex(
        IReadOnlyList<KnowledgeEntry> entries,
        MatchTarget[] targets,
        int[][] postings,
        TermTable terms,
        Dictionary<string, string> stemBySurface,
        Lazy<TypoCorrector> typos,
        SynonymMap synonyms,
        float[] lengthNorms,
        string[]? sortedWords = null)
    {
        Entries = entries;
        Targets = targets;
        Postings = postings;
        Terms = terms;
        StemBySurface = stemBySurface;
        typoCorrector = typos;
        Synonyms = synonyms;
        LengthNorms = lengthNorms;
        SortedWords = sortedWords ?? [.. stemBySurface.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public MatchTarget[] Targets { get; }

    /// <summary>For each term id, the indexes of the targets that hold it, ascending.</summary>
    public int[][] Postings { get; }

    public TermTable Terms { get; }

    /// <summary>Every lower-case word the knowledge uses, with its stem.</summary>
    public Dictionary<string, string> StemBySurface { get; }

    /// <summary>The knowledge's content words in ordinal order, for prefix search.</summary>
    public string[] SortedWords { get; }

    public TypoCorrector Typos => typoCorrector.Value;

    /// <summary>
    /// Per-word results of reading questions against this index (related forms, typo corrections), remembered because
    /// chat questions reuse the same words all day. Bounded: cleared when it grows past <see cref="MaxRemembered"/>.
    /// </summary>
    public WordMemo<(int Id, float Similarity)[]> FormsOfWord { get; } = new(MaxRemembered);

    public WordMemo<string?> CorrectionOfWord { get; } = new(MaxRemembered);

    private const int MaxRemembered = 50_000;

    public SynonymMap Synonyms { get; }

    /// <summary>For each target, the BM25 length normalisation <see cref="CandidateFinder"/> divides by: fixed per knowledge version.</summary>
    public float[] LengthNorms { get; }

    /// <summary>The index of a knowledge base's entries, with its curated synonyms replaced and its acronyms expanded.</summary>
    public static KnowledgeIndex Build(IReadOnlyList<KnowledgeEntry> entries, IEnumerable<SynonymGroup> synonyms, IEnumerable<Acronym> acronyms) =>
        Build(entries, synonyms.Select(g => g.Terms), acronyms.Select(a => (IReadOnlyList<string>)[a.Short, a.Long]));

    /// <param name="entries">The entries to index, in the order their ids are reported.</param>
    /// <param name="synonymGroups">Phrases that mean the same; knowledge texts use the canonical term in their place.</param>
    /// <param name="expansionGroups">Phrases that mean the same (acronyms); knowledge texts keep their words and gain the canonical term.</param>
    public static KnowledgeIndex Build(
        IReadOnlyList<KnowledgeEntry> entries,
        IEnumerable<IReadOnlyList<string>> synonymGroups,
        IEnumerable<IReadOnlyList<string>>? expansionGroups = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var analyzer = new StemAnalyzer(cached: true);
        IReadOnlyList<string[]> Stemmed(IReadOnlyList<string> group) => [.. group.Select(p => analyzer.Stems(WordSplitter.Split(p)))];
        var synonyms = new SynonymMap(synonymGroups.Select(g => (Stemmed(g), false)).Concat((expansionGroups ?? []).Select(g => (Stemmed(g), true))));
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaceFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var stemBySurface = new Dictionary<string, string>(StringComparer.Ordinal);
        var targets = new List<(int Entry, TargetKind Kind, int[] Terms, string Text)>();
        var entryFrequency = new List<int>();
        var entryTerms = new HashSet<int>();
        var termList = new List<int>();

        for (var e = 0; e < entries.Count; e++)
        {
            entryTerms.Clear();
            foreach (var (kind, text) in TextsOf(entries[e]))
            {
                var words = WordSplitter.Split(text);
                var stems = analyzer.Stems(words);
                termList.Clear();
                var replaced = new bool[words.Count];
                foreach (var (start, length, canonical, expand) in synonyms.Find(stems))
                {
                    termList.Add(IdOf(canonical));
                    for (var k = start; k < start + length && !expand; k++)
                    {
                        replaced[k] = true;
                    }
                }

                for (var i = 0; i < words.Count; i++)
                {
                    var lower = words[i].Lower;
                    surfaceFrequency[lower] = surfaceFrequency.GetValueOrDefault(lower) + 1;
                    if (!StemAnalyzer.IsContent(words[i]))
                    {
                        continue;
                    }

                    stemBySurface.TryAdd(lower, stems[i]);
                    if (!replaced[i])
                    {
                        termList.Add(IdOf(stems[i]));
                    }
                }

                if (termList.Count == 0)
                {
                    continue;
                }

                termList.Sort();
                var termArray = Distinct(termList);
                entryTerms.UnionWith(termArray);
                targets.Add((e, kind, termArray, text));
            }

            foreach (var term in entryTerms)
            {
                entryFrequency[term]++;
            }
        }

        var table = new TermTable(ids, [.. entryFrequency], entries.Count);
        var postingLists = new List<int>[table.Count];
        var built = new MatchTarget[targets.Count];
        var totalLength = 0L;
        for (var t = 0; t < targets.Count; t++)
        {
            var (entry, kind, terms, text) = targets[t];
            var idfSum = 0f;
            foreach (var term in terms)
            {
                idfSum += table.Idf[term];
                (postingLists[term] ??= []).Add(t);
            }

            totalLength += terms.Length;
            built[t] = new MatchTarget(entry, kind, terms, idfSum, text, kind == TargetKind.Question ? entries[entry].Answer : text);
        }

        foreach (var stop in StopWords.All)
        {
            // Stop words join the typo vocabulary, so "wat" is read as "what" rather than as an unknown word.
            surfaceFrequency[stop] = surfaceFrequency.GetValueOrDefault(stop) + 1_000_000;
        }

        return new KnowledgeIndex(
            entries,
            built,
            [.. postingLists.Select(p => p?.ToArray() ?? [])],
            table,
            stemBySurface,
            // Built on the first typo, not with the index: linking FAQ answers at build time never needs it.
            new Lazy<TypoCorrector>(() => new TypoCorrector(surfaceFrequency), LazyThreadSafetyMode.ExecutionAndPublication),
            synonyms,
            CandidateFinder.LengthNorms(built, built.Length == 0 ? 1f : (float)totalLength / built.Length));

        int IdOf(string stem)
        {
            if (!ids.TryGetValue(stem, out var id))
            {
                id = ids.Count;
                ids[stem] = id;
                entryFrequency.Add(0);
            }

            return id;
        }
    }

    // The distinct values of a sorted list, as an array.
    private static int[] Distinct(List<int> sorted)
    {
        var count = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        return [.. sorted.Take(count)];
    }

    /// <summary>The same index answering with <paramref name="entries"/> (the same texts, in the same order, with other quotes).</summary>
    public KnowledgeIndex WithEntries(IReadOnlyList<KnowledgeEntry> entries) =>
        new(entries, Targets, Postings, Terms, StemBySurface, typoCorrector, Synonyms, LengthNorms, SortedWords);

    /// <summary>The knowledge's words that start with <paramref name="prefix"/>, in ordinal order.</summary>
    public IEnumerable<string> WordsStartingWith(string prefix)
    {
        var i = Array.BinarySearch(SortedWords, prefix, StringComparer.Ordinal);
        for (i = i < 0 ? ~i : i; i < SortedWords.Length && SortedWords[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return SortedWords[i];
        }
    }

    /// <summary>The term ids of the knowledge's words that start with <paramref name="prefix"/>.</summary>
    public IEnumerable<int> TermsOfWordsStartingWith(string prefix) =>
        WordsStartingWith(prefix).Select(w => Terms.IdOf(StemBySurface[w]));

    private static IEnumerable<(TargetKind Kind, string Text)> TextsOf(KnowledgeEntry entry)
    {
        if (entry.Kind == EntryKind.Fact)
        {
            yield return (TargetKind.Fact, entry.Answer);
            yield break;
        }

        foreach (var question in entry.Questions)
        {
            yield return (TargetKind.Question, question);
        }

        yield return (TargetKind.Answer, entry.Answer);
    }
}
