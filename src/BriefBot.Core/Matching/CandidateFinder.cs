namespace BriefBot.Core.Matching;

/// <summary>
/// Narrows the knowledge to the few texts worth a full score: walks the inverted index for the question's terms
/// (and their related forms) and keeps the best-scoring texts by a BM25-style sum. Very common terms are skipped
/// when rarer ones are present: they cannot tell candidates apart and would cost the most.
/// </summary>
internal static class CandidateFinder
{
    private const float K1 = 1.2f;
    private const int LargeKnowledge = 20_000;
    private const float B = 0.5f;

    [ThreadStatic]
    private static float[]? scratch;

    [ThreadStatic]
    private static List<int>? touchedScratch;

    /// <summary>Each target's BM25 length normalisation, computed once per index rather than per posting per question.</summary>
    public static float[] LengthNorms(MatchTarget[] targets, float averageLength) =>
        [.. targets.Select(t => 1f + (K1 * (1f - B + (B * (t.Terms.Length / averageLength)))))];

    /// <param name="query">The question.</param>
    /// <param name="index">The knowledge.</param>
    /// <param name="limit">How many candidates to return.</param>
    /// <param name="filter">Only targets it accepts are returned.</param>
    /// <param name="range">Only targets with an index in [Start, End) are considered: postings are sorted, so a range is found by binary search.</param>
    public static List<int> Find(Query query, KnowledgeIndex index, int limit, Func<MatchTarget, bool>? filter = null, (int Start, int End)? range = null)
    {
        var targets = index.Targets;
        var lengthNorms = index.LengthNorms;
        var scores = scratch is { } s && s.Length >= targets.Length ? s : scratch = new float[Math.Max(targets.Length, 16)];
        var touched = touchedScratch ??= new List<int>(256);
        touched.Clear();

        // In a large knowledge base, with a selective term to go on (in at most 1% of texts), terms in more than 10% of
        // texts are skipped here: they would cost the most and move every candidate alike. They still count in the
        // full score. A small knowledge base is cheap to walk and keeps every term but the most common.
        var hasSelectiveTerm = targets.Length >= LargeKnowledge && query.Lookup.Any(l => index.Postings[l.Id].Length <= targets.Length / 100);
        var commonCutoff = hasSelectiveTerm ? targets.Length / 10 : Math.Max(64, targets.Length / 2);
        var hasRareTerm = query.Lookup.Any(l => index.Postings[l.Id].Length <= commonCutoff);
        foreach (var (id, term, similarity) in query.Lookup)
        {
            var postings = index.Postings[id];
            if (hasRareTerm && postings.Length > commonCutoff)
            {
                continue;
            }

            var weight = query.Terms[term].Weight * similarity;
            var (from, to) = range is { } r ? Bounds(postings, r.Start, r.End) : (0, postings.Length);
            for (var p = from; p < to; p++)
            {
                var target = postings[p];
                if (scores[target] == 0f)
                {
                    touched.Add(target);
                }

                scores[target] += weight * (K1 + 1f) / lengthNorms[target];
            }
        }

        var best = new PriorityQueue<int, float>(limit + 1);
        foreach (var target in touched)
        {
            var score = scores[target];
            scores[target] = 0f;
            if (filter is not null && !filter(targets[target]))
            {
                continue;
            }

            if (best.Count < limit)
            {
                best.Enqueue(target, score);
            }
            else if (best.TryPeek(out _, out var lowest) && score > lowest)
            {
                best.EnqueueDequeue(target, score);
            }
        }

        var result = new List<int>(best.Count);
        while (best.TryDequeue(out var target, out _))
        {
            result.Add(target);
        }

        return result;
    }

    private static (int From, int To) Bounds(int[] postings, int start, int end)
    {
        var from = Array.BinarySearch(postings, start);
        var to = Array.BinarySearch(postings, end);
        return (from < 0 ? ~from : from, to < 0 ? ~to : to);
    }
}
