namespace BriefBot.Core.Matching;

/// <summary>
/// A question's candidates from both sides with their signals, before any score model weighs them: the
/// self-calibration weighs the same candidates under each model it tries.
/// </summary>
internal sealed record FusedCandidates(IReadOnlyList<(int Entry, ScoreSignals Signals)> Candidates, int LexicalFirst, float LexicalFirstScore)
{
    public static FusedCandidates None { get; } = new([], -1, 0f);
}
