using BriefBot.Core.Digests;

namespace BriefBot.Core.Reports;

/// <summary>What a knowledge author needs to improve the knowledge, for a time range.</summary>
public sealed record KnowledgeReport(
    DateTimeOffset From,
    DateTimeOffset To,
    int Questions,
    int Answered,
    int DistinctAskers,
    IReadOnlyList<UnansweredQuestion> MostAskedUnanswered,
    IReadOnlyList<EntryFeedback> MostNotHelpful,
    IReadOnlyList<NearMiss> NearMisses);
