using BriefBot.Core.Digests;
using BriefBot.Core.Storage;

namespace BriefBot.Core.Knowledge;

/// <summary>How one knowledge version differs from the previous: entries added, changed (reworded) and removed.</summary>
public sealed record KnowledgeChanges(int Added, int Changed, int Removed)
{
    public static KnowledgeChanges Between(KnowledgeBase before, KnowledgeBase after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Entries.ToDictionary(e => e.Id);
        var now = after.Entries.ToDictionary(e => e.Id);
        var edited = now.Values.Count(e => old.TryGetValue(e.Id, out var o)
            && (o.Answer != e.Answer || o.Quote.Text != e.Quote.Text || !o.Questions.SequenceEqual(e.Questions)));
        var added = now.Values.Where(e => !old.ContainsKey(e.Id)).ToList();
        var removed = old.Values.Where(e => !now.ContainsKey(e.Id)).ToList();

        // A fact's id is its text, so a reworded fact looks like one removed and one added: pair them back up.
        var reworded = FactDiff.Compare(Facts(removed), Facts(added)).Changed.Count;
        return new KnowledgeChanges(added.Count - reworded, edited + reworded, removed.Count - reworded);
    }

    private static List<PostedFact> Facts(IEnumerable<KnowledgeEntry> entries) =>
        [.. entries.Where(e => e.Kind == EntryKind.Fact).Select(e => new PostedFact(e.Quote.Source.File, e.Quote.Source.Document, e.Quote.Source.Section, e.Answer))];
}
