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
/// for "who") is discounted, and so is a match on everyday words alone.</item>
/// </list>
/// </summary>
internal static class Confidence
{
    private const float QuestionSideWeight = 4f; // beta squared: the question's coverage counts this much more.
    private const float AnswerDiscount = 0.95f;
    private const float FuzzyShare = 0.5f;
    private const float WrongKindOfAnswer = 0.8f;
    private const float EvidenceShare = 0.3f;

    // A fact that accounts for most of a question's weight is a good answer even when a paraphrased word is missing;
    // the power curve lifts partial coverage (0.5 becomes 0.66) so facts and question phrasings share one threshold.
    private const float FactCoverageCurve = 0.6f;

    public static float Score(Query query, MatchTarget target, TermTable terms)
    {
        var coverage = Coverage.Measure(query, target, terms);
        var q = coverage.OfQuestion;
        var t = coverage.OfText;
        if (q <= 0f)
        {
            return 0f;
        }

        var score = target.Kind switch
        {
            TargetKind.Question => (1f + QuestionSideWeight) * q * t / ((QuestionSideWeight * t) + q),
            TargetKind.Answer => AnswerDiscount * MathF.Pow(q, FactCoverageCurve) * (0.8f + (0.2f * t)),
            _ => MathF.Pow(q, FactCoverageCurve) * (0.8f + (0.2f * t)),
        };

        if (target.Kind == TargetKind.Question && query.Cleaned.Length > 0)
        {
            var fuzzy = Fuzz.WeightedRatio(query.Cleaned, target.Text, PreprocessMode.Full) / 100f;
            score = ((1f - FuzzyShare) * score) + (FuzzyShare * fuzzy);
        }

        score *= (1f - EvidenceShare) + (EvidenceShare * MathF.Min(1f, coverage.Evidence));
        if (query.Asks != AnswerKind.None && (target.Holds & query.Asks) == 0)
        {
            score *= WrongKindOfAnswer;
        }

        return 100f * score;
    }
}
