namespace BriefBot.Core.Knowledge;

/// <summary>
/// Everything the bot knows: the briefings as parsed, the answerable entries built from them and from curated files,
/// synonym groups, learned acronyms, and the problems met while loading. <see cref="Fingerprint"/> changes whenever
/// any entry does.
/// </summary>
public sealed record KnowledgeBase(
    IReadOnlyList<Briefing> Briefings,
    IReadOnlyList<KnowledgeEntry> Entries,
    IReadOnlyList<SynonymGroup> Synonyms,
    IReadOnlyList<Acronym> Acronyms,
    IReadOnlyList<KnowledgeProblem> Problems,
    string Fingerprint)
{
    public static KnowledgeBase Empty { get; } = new([], [], [], [], [], "empty");

    /// <summary>The index the builder made of these entries, which the matcher answers from rather than building another.</summary>
    internal Matching.KnowledgeIndex? Index { get; init; }
}
