namespace BriefBot.Core.Matching;

/// <summary>
/// Reads a question against an index: corrects typos to the knowledge's own words, stems, replaces synonym phrases
/// by their canonical term, drops stop words, and attaches related forms to each term.
/// </summary>
internal static class QueryAnalyzer
{
    /// <summary>How much a corrected word counts, against one spelled as the knowledge spells it.</summary>
    public const float CorrectedQuality = 0.85f;

    public static Query Analyze(string text, KnowledgeIndex index)
    {
        var analyzer = new StemAnalyzer(cached: false);
        var words = WordSplitter.Split(text);
        var quality = new float[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            quality[i] = 1f;
            var word = words[i];
            if (word.IsStopWord || index.StemBySurface.ContainsKey(word.Lower) || index.Terms.IdOf(analyzer.StemOf(word.Lower)) >= 0)
            {
                continue;
            }

            var corrected = index.Typos.Correct(word.Lower);
            if (corrected is not null)
            {
                words[i] = new Word(corrected, word.Caps && !StopWords.Contains(corrected));
                quality[i] = CorrectedQuality;
            }
        }

        var stems = analyzer.Stems(words);
        var terms = new List<QueryTerm>();
        var content = new List<string>();
        var replaced = new bool[words.Count];
        foreach (var (start, length, canonical) in index.Synonyms.Find(stems))
        {
            for (var k = start; k < start + length; k++)
            {
                replaced[k] = true;
            }

            AddTerm(canonical, 1f);
            content.Add(string.Join(' ', words.Skip(start).Take(length).Select(w => w.Lower)));
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!replaced[i] && StemAnalyzer.IsContent(words[i]))
            {
                AddTerm(stems[i], quality[i]);
                content.Add(words[i].Lower);
            }
        }

        return new Query(text, [.. terms], string.Join(' ', content));

        void AddTerm(string stem, float termQuality)
        {
            if (terms.Any(t => t.Stem == stem))
            {
                return;
            }

            var id = index.Terms.IdOf(stem);
            var weight = id >= 0 ? index.Terms.Idf[id] : index.Terms.UnknownIdf;
            var forms = new List<(int, float)>();
            if (id >= 0)
            {
                forms.Add((id, 1f));
            }

            forms.AddRange(RelatedForms(stem, id, index.Terms));
            terms.Add(new QueryTerm(id, stem, weight, termQuality, [.. forms]));
        }
    }

    private static IEnumerable<(int Id, float Similarity)> RelatedForms(string stem, int id, TermTable terms)
    {
        if (stem.Length < 4 || stem.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        // Longer stems that extend this one, and shorter ones it extends, share a prefix of at least the shorter length.
        var prefix = stem[..Math.Max(4, stem.Length - 3)];
        foreach (var other in terms.WithPrefix(prefix))
        {
            if (other == id)
            {
                continue;
            }

            var similarity = TermRelations.Similarity(stem, terms.Stems[other]);
            if (similarity > 0)
            {
                yield return (other, similarity);
            }
        }

        var swapped = stem[^1] switch
        {
            'd' => stem[..^1] + "s",
            's' => stem[..^1] + "d",
            _ => null,
        };
        if (swapped is not null && terms.IdOf(swapped) is var swappedId and >= 0)
        {
            yield return (swappedId, TermRelations.Similarity(stem, swapped));
        }
    }
}
