namespace BriefBot.Core.Matching;

/// <summary>
/// How much of a question a text accounts for (<see cref="OfQuestion"/>) and how much of the text the question
/// asks about (<see cref="OfText"/>), each weighted by idf, so rare words count most and an unknown word counts
/// fully against. <see cref="Evidence"/> adds up how specific the matched words are: a match on everyday words
/// alone ("check", "showing") is thin evidence, however completely they match.
/// </summary>
internal readonly record struct Coverage(float OfQuestion, float OfText, float Evidence)
{
    public static Coverage Measure(Query query, MatchTarget target, TermTable terms)
    {
        if (query.Terms.Length == 0 || query.WeightSum <= 0f)
        {
            return default;
        }

        Span<float> best = query.Terms.Length <= 64 ? stackalloc float[query.Terms.Length] : new float[query.Terms.Length];
        best.Clear();
        var lookup = query.Lookup;
        var textMatched = 0f;
        int l = 0, t = 0;
        // Both lists are sorted by term id: merge them.
        while (l < lookup.Length && t < target.Terms.Length)
        {
            var term = target.Terms[t];
            if (lookup[l].Id < term)
            {
                l++;
                continue;
            }

            if (lookup[l].Id > term)
            {
                t++;
                continue;
            }

            var matched = 0f;
            for (; l < lookup.Length && lookup[l].Id == term; l++)
            {
                var (_, index, similarity) = lookup[l];
                best[index] = MathF.Max(best[index], similarity);
                matched = MathF.Max(matched, similarity);
            }

            textMatched += terms.Idf[term] * matched;
            t++;
        }

        var questionMatched = 0f;
        var evidence = 0f;
        for (var i = 0; i < best.Length; i++)
        {
            questionMatched += best[i] * query.Terms[i].Weight;
            evidence += best[i] * query.Terms[i].Specificity;
        }

        return new Coverage(
            questionMatched / query.WeightSum,
            target.IdfSum > 0f ? MathF.Min(1f, textMatched / target.IdfSum) : 0f,
            evidence);
    }
}
