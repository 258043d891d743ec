using FuzzySharp;
using FuzzySharp.PreProcess;

namespace BriefBot.Core.Matching;

/// <summary>
/// Turns how well a question and a text match into a 0–100 confidence.
/// <list type="bullet">
/// <item>A question phrasing must match the question both ways: an F-measure of the two coverages that leans on
/// the question's side, averaged with FuzzySharp's WeightedRatio of the two phrasings, which sees what word sets
/// miss (order, partial words, misspellings).</item>
/// <item>An answer or a fact, being longer, must account for the question's words, and earns a little more the
/// more of it the question asks about.</item>
/// <item>A text that holds no answer of the kind asked (no time for "when", no number for "how many", no name
/// for "who") is discounted, and so is a match on everyday words alone, and a question naming something the
/// knowledge has never heard of.</item>
/// </list>
/// The fuzzy part is the expensive one, so scoring is in two steps: <see cref="Lexical"/> gives every candidate a
/// score and, for a phrasing, the most the fuzzy part could add; <see cref="WithFuzzy"/> is computed only for
/// phrasings that could still change the outcome.
/// </summary>
internal static class Confidence
{
    private const float QuestionSideWeight = 4f; // beta squared: the question's coverage counts this much more.
    private const float AnswerDiscount = 0.95f;
    private const float FuzzyShare = 0.5f;
    private const float WrongKindOfAnswer = 0.8f;
    private const float EvidenceShare = 0.3f;

    // A question about a name the knowledge has never seen ("the Marbannav takeover") is about something the
    // knowledge does not cover, however familiar the rest of its wording: the whole score is discounted, the fuzzy
    // part included, which would otherwise reward the familiar wording.
    private const float UnknownNameDiscount = 0.8f;

    // A fact that accounts for most of a question's weight is a good answer even when a paraphrased word is missing;
    // the power curve lifts partial coverage (0.5 becomes 0.66) so facts and question phrasings share one threshold.
    private const float FactCoverageCurve = 0.6f;

    /// <summary>
    /// The lexical score (final for answers and facts; for a phrasing, without its fuzzy part) and, for a phrasing,
    /// the most the fuzzy part can add.
    /// </summary>
    public static (float Score, float FuzzyRoom) Lexical(Query query, MatchTarget target, TermTable terms)
    {
        var coverage = Coverage.Measure(query, target, terms);
        var q = coverage.OfQuestion;
        var t = coverage.OfText;
        if (q <= 0f)
        {
            return (0f, 0f);
        }

        var factor = (1f - EvidenceShare) + (EvidenceShare * MathF.Min(1f, coverage.Evidence));
        if (target.CannotGive(query.Asks))
        {
            factor *= WrongKindOfAnswer;
        }

        if (query.NamesSomethingUnknown)
        {
            factor *= UnknownNameDiscount;
        }

        return target.Kind switch
        {
            TargetKind.Question => (100f * factor * (1f - FuzzyShare) * (1f + QuestionSideWeight) * q * t / ((QuestionSideWeight * t) + q), 100f * factor * FuzzyShare),
            TargetKind.Answer => (100f * factor * AnswerDiscount * MathF.Pow(q, FactCoverageCurve) * (0.8f + (0.2f * t)), 0f),
            _ => (100f * factor * MathF.Pow(q, FactCoverageCurve) * (0.8f + (0.2f * t)), 0f),
        };
    }

    /// <summary>A phrasing's full score: its lexical score plus its share of FuzzySharp's WeightedRatio.</summary>
    public static float WithFuzzy(Query query, MatchTarget target, (float Score, float FuzzyRoom) lexical) =>
        lexical.FuzzyRoom <= 0f || query.Processed.Length == 0
            ? lexical.Score
            : lexical.Score + (lexical.FuzzyRoom * Fuzz.WeightedRatio(query.Processed, target.Processed, PreprocessMode.None) / 100f);
}
