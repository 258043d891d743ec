namespace BriefBot.Core.Matching;

/// <summary>The entries that matched a question, best first, and whether the best is good enough to answer with.</summary>
public sealed record MatchResult(string Question, bool Answered, IReadOnlyList<ScoredEntry> Ranked)
{
    public ScoredEntry? Best => Ranked.Count > 0 ? Ranked[0] : null;

    public int Confidence => Best?.Confidence ?? 0;
}
