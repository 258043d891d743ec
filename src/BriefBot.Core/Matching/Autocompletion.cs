namespace BriefBot.Core.Matching;

/// <summary>Reads a half-typed question: the words so far as usual, and the last, unfinished word as every stem it could become.</summary>
internal static class Autocompletion
{
    private const int MaxCompletions = 24;

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
        var completions = index.TermsOfWordsStartingWith(last)
            .Distinct()
            .OrderByDescending(id => index.Terms.EntryFrequency[id])
            .Take(MaxCompletions)
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
