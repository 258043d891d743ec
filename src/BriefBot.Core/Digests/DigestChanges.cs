using BriefBot.Core.Replies;

namespace BriefBot.Core.Digests;

/// <summary>What changed in a briefing since the previous digest, each fact quoted.</summary>
public sealed record DigestChanges(IReadOnlyList<Quote> Added, IReadOnlyList<FactChange> Changed, IReadOnlyList<Quote> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;
}
