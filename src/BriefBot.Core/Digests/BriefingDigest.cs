using BriefBot.Core.Replies;

namespace BriefBot.Core.Digests;

/// <summary>
/// One briefing in a digest. An unchanged briefing carries no facts, only <see cref="Unchanged"/>: the digest says
/// so in one line instead of repeating everything. <see cref="Changes"/> is null on a channel's first digest.
/// </summary>
public sealed record BriefingDigest(string Title, string File, IReadOnlyList<Quote> KeyFacts, DigestChanges? Changes, bool Unchanged);
