using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Matching;

/// <summary>An entry and how confident the matcher is (0–100) that it answers the question.</summary>
public sealed record ScoredEntry(KnowledgeEntry Entry, int Confidence);
