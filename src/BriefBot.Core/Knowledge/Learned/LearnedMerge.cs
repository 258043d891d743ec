using System.Globalization;
using BriefBot.Core.Replies;
using BriefBot.Core.Storage;

namespace BriefBot.Core.Knowledge.Learned;

/// <summary>
/// Lays what authors taught over the knowledge read from files: each learned entry becomes an entry that quotes its
/// own answer (the verbatim rule holds: those words stand in the store), and each learned phrasing becomes one more
/// question of the entry it was taught for. A phrasing whose entry left the files is kept in the store but not served.
/// </summary>
public static class LearnedMerge
{
    /// <summary>The file name a learned entry's source gives, since it stands in the store rather than in a file.</summary>
    public const string SourceFile = "learned";

    public static KnowledgeBase Into(KnowledgeBase files, LearnedKnowledge learned)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(learned);
        if (learned.Entries.Count == 0 && learned.Phrasings.Count == 0)
        {
            return files;
        }

        var entries = new List<KnowledgeEntry>(files.Entries.Count + learned.Entries.Count);
        var known = new HashSet<string>(files.Entries.Select(e => e.Id), StringComparer.Ordinal);
        entries.AddRange(files.Entries);
        entries.AddRange(learned.Entries.Where(e => known.Add(e.Id)).Select(ToEntry));
        var taught = learned.Phrasings.ToLookup(p => p.EntryId, StringComparer.Ordinal);
        var count = entries.Count;
        for (var i = 0; i < count; i++)
        {
            var entry = entries[i];
            var extra = taught[entry.Id]
                .Select(p => p.Question)
                .Where(q => !entry.Questions.Contains(q, StringComparer.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (extra.Count == 0)
            {
                continue;
            }

            if (entry.Kind == EntryKind.Fact)
            {
                // A fact is matched on its own words only, and must stay a fact for digests; the questions taught
                // for it go to a companion that gives the same answer and quote.
                entries.Add(new KnowledgeEntry(TaughtId(entry.Id), EntryKind.Learned, extra, entry.Answer, entry.Quote));
            }
            else
            {
                entries[i] = entry with { Questions = [.. entry.Questions, .. extra] };
            }
        }

        // The files' index does not hold the new texts; the matcher builds one over all of them.
        return files with { Entries = entries, Fingerprint = EntryId.Fingerprint(entries), Index = null };
    }

    /// <summary>The id of the entry that carries the questions taught for the fact <paramref name="factId"/>.</summary>
    public static string TaughtId(string factId) => factId + "-taught";

    public static KnowledgeEntry ToEntry(LearnedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new KnowledgeEntry(entry.Id, EntryKind.Learned, entry.Questions, entry.Answer, new Quote(entry.Answer, SourceOf(entry)));
    }

    /// <summary>"written by NAME on DATE": who wrote the words the reply quotes, and when.</summary>
    public static SourceRef SourceOf(LearnedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var date = entry.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new SourceRef($"written by {entry.UpdatedBy} on {date}", null, SourceFile);
    }
}
