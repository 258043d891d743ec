using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Matching;

/// <summary>
/// An entry and how confident the matcher is (0–100) that it answers the question, with the parts that score was
/// combined from, so an author can see why a question was answered or declined.
/// </summary>
public sealed record ScoredEntry(KnowledgeEntry Entry, int Confidence)
{
    public IReadOnlyList<ScorePart> Parts { get; init; } = [];
}
