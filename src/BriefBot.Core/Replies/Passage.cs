namespace BriefBot.Core.Replies;

/// <summary>A sentence offered with a decline as possibly relevant, not as an answer: the quote and how close it came.</summary>
public sealed record Passage(Quote Quote, int Confidence);
