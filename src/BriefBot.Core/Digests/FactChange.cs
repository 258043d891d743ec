using BriefBot.Core.Replies;

namespace BriefBot.Core.Digests;

/// <summary>A fact reworded since the previous digest: what it said, and what it says now.</summary>
public sealed record FactChange(Quote Before, Quote After);
