using BriefBot.Core.Replies;

namespace BriefBot.Core.Matching;

/// <summary>
/// The sentences a declined question came closest to, offered beside the decline as possibly relevant: a near miss
/// that is a fact has no question to suggest, but its sentence may still be what the asker was after.
/// </summary>
internal static class ClosestPassages
{
    public const int Max = 3;

    /// <param name="result">The declined match, its candidates best first.</param>
    /// <param name="floor">The confidence a passage needs (<see cref="MatchingOptions.PassageThreshold"/>).</param>
    public static IReadOnlyList<Passage> Of(MatchResult result, int floor)
    {
        // With no word to go on, the closest texts are close to nothing the asker said (the embedding of "???" still
        // has nearest neighbours).
        if (!WordSplitter.Split(result.Question).Any(StemAnalyzer.IsContent))
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var passages = new List<Passage>(Max);
        foreach (var candidate in result.Ranked)
        {
            // Ranked is best first: the first one under the floor ends the search.
            if (candidate.Confidence < floor || passages.Count == Max)
            {
                break;
            }

            var quote = candidate.Entry.Quote;
            if (!string.IsNullOrWhiteSpace(quote.Text) && seen.Add(quote.Text.Trim()))
            {
                passages.Add(new Passage(quote, candidate.Confidence));
            }
        }

        return passages;
    }
}
