using BriefBot.Core.Replies;
using BriefBot.Core.Storage;
using FuzzySharp;

namespace BriefBot.Core.Digests;

/// <summary>
/// What changed between the facts a channel's previous digest was built from and the facts now: sentences that
/// appear only now are new, sentences that are gone are removed, and a gone sentence that closely resembles a new
/// one in the same briefing (a reworded figure or date) is one changed fact rather than a removal and an addition.
/// </summary>
public static class FactDiff
{
    /// <summary>How alike (FuzzySharp ratio, 0–100) an old and a new sentence must be to count as one fact reworded.</summary>
    public const int SameFactRatio = 70;

    public static DigestChanges Compare(IReadOnlyList<PostedFact> before, IReadOnlyList<PostedFact> now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        var beforeTexts = before.Select(f => f.Text).ToHashSet(StringComparer.Ordinal);
        var nowTexts = now.Select(f => f.Text).ToHashSet(StringComparer.Ordinal);
        var removed = before.Where(f => !nowTexts.Contains(f.Text)).ToList();
        var added = now.Where(f => !beforeTexts.Contains(f.Text)).ToList();

        var pairs = (from a in added
                     from r in removed
                     let ratio = Fuzz.Ratio(a.Text, r.Text)
                     where ratio >= SameFactRatio
                     orderby ratio descending
                     select (Added: a, Removed: r)).ToList();
        var changed = new List<FactChange>();
        var pairedAdded = new HashSet<PostedFact>();
        var pairedRemoved = new HashSet<PostedFact>();
        foreach (var (a, r) in pairs)
        {
            if (!pairedAdded.Contains(a) && !pairedRemoved.Contains(r))
            {
                pairedAdded.Add(a);
                pairedRemoved.Add(r);
                changed.Add(new FactChange(QuoteOf(r), QuoteOf(a)));
            }
        }

        // A changed fact is listed where its new wording first appears now.
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < now.Count; i++)
        {
            position.TryAdd(now[i].Text, i);
        }

        return new DigestChanges(
            [.. added.Where(a => !pairedAdded.Contains(a)).Select(QuoteOf)],
            [.. changed.OrderBy(c => position[c.After.Text])],
            [.. removed.Where(r => !pairedRemoved.Contains(r)).Select(QuoteOf)]);
    }

    private static Quote QuoteOf(PostedFact fact) => new(fact.Text, new SourceRef(fact.Document, fact.Section, fact.File));
}
