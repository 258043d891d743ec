namespace BriefBot.Core.Matching;

/// <summary>
/// Reads a half-typed question (the words so far as usual, the last, unfinished word as every stem it could become)
/// and finds what to offer for it through the inverted index, so a keystroke costs no encoder call and no scan.
/// </summary>
internal static class Autocompletion
{
    private const int MaxCompletions = 24;

    // About a millisecond of index walking on two cores, whatever the knowledge's size.
    private const int PostingBudget = 20_000;

    // The index hands over a few times more texts than are offered: several texts of one entry collapse into one
    // offer, and the index's ranking (BM25) is not quite the offers' order.
    private const int CandidatesPerOffer = 4;
    private const int MinCandidates = 32;

    /// <summary>
    /// The texts to offer, best first: those that account for most of what was typed, a question phrasing before
    /// an answer or fact that holds the words as fully (what is typed is a question), then those the typed words
    /// cover most of, then the shortest.
    /// </summary>
    public static IReadOnlyList<string> Offer(Query query, KnowledgeIndex index, int max)
    {
        if (query.Terms.Length == 0 || max <= 0)
        {
            return [];
        }

        return [.. CandidateFinder.Find(query, index, Math.Max(max * CandidatesPerOffer, MinCandidates))
            .Select(t => index.Targets[t])
            .Select(t => (Offer: OfferFor(t, index), IsQuestion: t.Kind == TargetKind.Question, Score: Coverage.Measure(query, t, index.Terms)))
            .OrderByDescending(x => x.Score.OfQuestion)
            .ThenByDescending(x => x.IsQuestion)
            .ThenByDescending(x => x.Score.OfText)
            .ThenBy(x => x.Offer.Length)
            .ThenBy(x => x.Offer, StringComparer.Ordinal)
            .Select(x => x.Offer)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(max)];
    }

    /// <summary>What asking for a text means: the phrasing itself, the question of the entry an answer belongs to, or a fact's own sentence.</summary>
    private static string OfferFor(MatchTarget target, KnowledgeIndex index) =>
        target.Kind == TargetKind.Question ? target.Text : index.Entries[target.Entry].DisplayQuestion ?? target.Text;

    /// <summary>
    /// The most common completions whose texts together stay within <see cref="PostingBudget"/> (always the most
    /// common one): a first letter completes to thousands of words in a large knowledge base, and walking every text
    /// that holds one costs more than a keystroke may. The rarer words left out are reached by the next keystrokes.
    /// </summary>
    private static IEnumerable<int> WithinBudget(IEnumerable<int> mostCommonFirst, KnowledgeIndex index)
    {
        var walked = 0;
        foreach (var id in mostCommonFirst)
        {
            var first = walked == 0;
            walked += index.Postings[id].Length;
            if (walked > PostingBudget && !first)
            {
                yield break;
            }

            yield return id;
        }
    }

    public static Query Analyze(string partial, KnowledgeIndex index)
    {
        var stillTyping = partial.Length > 0 && char.IsLetterOrDigit(partial[^1]);
        var words = WordSplitter.Split(partial);
        if (!stillTyping || words.Count == 0)
        {
            return QueryAnalyzer.Analyze(partial, index);
        }

        var last = words[^1].Lower;
        var head = words.Count > 1 ? QueryAnalyzer.Analyze(string.Join(' ', words.Take(words.Count - 1).Select(w => w.Lower)), index) : null;
        // A word that only ever stood inside a synonym phrase has no term of its own: the index holds the canonical term in its place.
        var completions = WithinBudget(index.TermsOfWordsStartingWith(last)
            .Where(id => id >= 0)
            .Distinct()
            .OrderByDescending(id => index.Terms.EntryFrequency[id])
            .Take(MaxCompletions), index)
            .Select(id => (id, 1f))
            .ToArray();
        var terms = (head?.Terms ?? []).ToList();
        if (completions.Length > 0)
        {
            terms.Add(new QueryTerm(completions[0].id, last, completions.Max(c => index.Terms.Idf[c.id]), 1f, completions));
        }

        return new Query([.. terms]);
    }
}
