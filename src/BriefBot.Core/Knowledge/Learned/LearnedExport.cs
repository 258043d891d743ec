using BriefBot.Core.Storage;

namespace BriefBot.Core.Knowledge.Learned;

/// <summary>
/// What authors taught, as a curated JSON file (the format of <c>knowledge/*.json</c>) to commit into the knowledge
/// folder: each learned entry with its phrasings, and each phrasing taught for another entry as an entry of its own
/// with that entry's current answer, so the file answers the same questions the store does.
/// </summary>
public static class LearnedExport
{
    public const string Title = "Learned answers";

    public static string ToCuratedJson(LearnedKnowledge learned, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(learned);
        ArgumentNullException.ThrowIfNull(knowledge);
        var taught = learned.Phrasings.ToLookup(p => p.EntryId, StringComparer.Ordinal);
        var learnedIds = learned.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var answers = knowledge.Entries.ToDictionary(e => e.Id, e => e.Answer, StringComparer.Ordinal);
        var entries = learned.Entries
            .Select(e => new CuratedEntry(Distinct([.. e.Questions, .. taught[e.Id].Select(p => p.Question)]), e.Answer, 0))
            .Concat(taught
                .Where(g => !learnedIds.Contains(g.Key) && answers.ContainsKey(g.Key))
                .Select(g => new CuratedEntry(Distinct(g.Select(p => p.Question)), answers[g.Key], 0)))
            .ToList();
        return FaqImporter.ToCuratedJson(Title, entries);
    }

    private static List<string> Distinct(IEnumerable<string> questions) => [.. questions.Distinct(StringComparer.OrdinalIgnoreCase)];
}
