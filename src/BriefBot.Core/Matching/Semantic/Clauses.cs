using System.Text.RegularExpressions;

namespace BriefBot.Core.Matching.Semantic;

/// <summary>
/// The clauses of a long fact, embedded beside the whole sentence. A briefing's sentence often says three things
/// ("the cluster failed over, and customers could not pay for 2 hours and 47 minutes"); a question about one of them
/// is closer to that clause than to the average of all three, which is what the sentence's own embedding is.
/// </summary>
internal static partial class Clauses
{
    /// <summary>
    /// Shorter pieces are not kept: the cosine of a four-word fragment swings widely ("the increasingly volatile
    /// nature" came out close to a question about the weather), and a clause of six words or more says something.
    /// </summary>
    public const int MinWords = 6;

    /// <summary>
    /// Subtracted from a clause's cosine: a clause is shorter than its sentence and so matches more questions by
    /// chance; with it the dev set's out-of-scope questions stayed declined (docs: README, "How matching works").
    /// </summary>
    public const float Discount = 0.05f;

    /// <summary>The clauses of a fact worth embedding on their own; none for a sentence that does not split.</summary>
    public static IReadOnlyList<string> Of(MatchTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind == TargetKind.Fact ? Of(target.Text) : [];
    }

    public static IReadOnlyList<string> Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var parts = Boundary().Split(sentence)
            .Select(p => p.Trim())
            .Where(p => CountWords(p) >= MinWords)
            .ToList();
        return parts.Count < 2 ? [] : parts;
    }

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Between clauses: a comma, semicolon or colon, a dash set off by spaces, a full stop inside the text, or before
    // a conjunction that starts a new clause.
    [GeneratedRegex(@"[,;:]\s+|\s+[—–-]\s+|\.\s+|\s+(?=(?:but|because|after|while|which|so that|when|before|until)\s)")]
    private static partial Regex Boundary();
}
