using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;

namespace BriefBot.Core.Digests;

/// <summary>
/// Builds a digest for a channel: per briefing its key facts (lead, then bullets) and what changed since the
/// channel's previous digest; a briefing that did not change gets one line instead. Also returns the facts the
/// digest was built from, which the channel's next digest compares against.
/// </summary>
public static class DigestBuilder
{
    public static (Digest Digest, IReadOnlyList<PostedFact> Facts) Build(
        string name,
        DateTimeOffset now,
        KnowledgeBase knowledge,
        IReadOnlyList<PostedFact>? previous,
        IReadOnlyList<UnansweredQuestion> unanswered,
        int maxItems)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(unanswered);
        var facts = new List<PostedFact>();
        var briefings = new List<BriefingDigest>();
        var previousByFile = (previous ?? []).ToLookup(f => f.File, StringComparer.Ordinal);
        foreach (var briefing in knowledge.Briefings)
        {
            var current = FactsOf(briefing);
            facts.AddRange(current);
            var keyFacts = briefing.KeyFacts.Take(maxItems).Select(briefing.QuoteOf).ToList();
            var before = previousByFile[briefing.File].ToList();
            if (before.Count == 0)
            {
                // The channel's first digest, or a briefing that is new since its last one: the key facts say it all.
                briefings.Add(new BriefingDigest(briefing.Title, briefing.File, keyFacts, null, false));
                continue;
            }

            var changes = Cap(FactDiff.Compare(before, current), maxItems);
            briefings.Add(changes.IsEmpty
                ? new BriefingDigest(briefing.Title, briefing.File, [], changes, true)
                : new BriefingDigest(briefing.Title, briefing.File, keyFacts, changes, false));
        }

        var files = knowledge.Briefings.Select(b => b.File).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in previousByFile.Where(g => !files.Contains(g.Key)))
        {
            var changes = Cap(FactDiff.Compare([.. gone], []), maxItems);
            briefings.Add(new BriefingDigest(gone.First().Document, gone.Key, [], changes, false));
        }

        return (new Digest(name, now, briefings, [.. unanswered.Take(maxItems)]), facts);
    }

    /// <summary>The facts of a briefing a digest tracks: every sentence but the title and the FAQ's questions.</summary>
    public static List<PostedFact> FactsOf(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return [.. briefing.Sentences
            .Where(s => s.Role is not (SentenceRole.Title or SentenceRole.FaqQuestion))
            .Select(s => new PostedFact(briefing.File, briefing.Title, s.Section, s.Text))];
    }

    private static DigestChanges Cap(DigestChanges changes, int max) =>
        new([.. changes.Added.Take(max)], [.. changes.Changed.Take(max)], [.. changes.Removed.Take(max)]);
}
