namespace BriefBot.Core.Replies;

/// <summary>A sentence offered with a decline as possibly relevant, not as an answer: the quote and how close it came.</summary>
public sealed record Passage(Quote Quote, int Confidence)
{
    /// <summary>
    /// What every front end heads the passages with, so no one reads them as the answer the bot just declined to give.
    /// </summary>
    public const string Heading = "Possibly relevant (not an answer)";
}
