using FuzzySharp;

namespace BriefBot.Core.Matching;

/// <summary>
/// Turns how well a question and a text cover each other into a 0–100 confidence. A question phrasing must match
/// the question both ways (an F-measure that leans on the question's side); an answer or a fact, being longer,
/// must account for the question's words, and earns a little more the more of it the question asks about.
/// FuzzySharp's token-set ratio then tempers the lexical score for short phrasings, where the order and spelling
/// of the words carry meaning.
/// </summary>
internal static class Confidence
{
    private const float QuestionSideWeight = 4f; // beta squared: the question's coverage counts this much more.
    private const float AnswerDiscount = 0.95f;

    public static float Score(Query query, MatchTarget target, TermTable terms)
    {
        var coverage = Coverage.Measure(query, target, terms);
        var q = coverage.OfQuestion;
        var t = coverage.OfText;
        if (q <= 0f)
        {
            return 0f;
        }

        var lexical = target.Kind switch
        {
            TargetKind.Question => (1f + QuestionSideWeight) * q * t / ((QuestionSideWeight * t) + q),
            TargetKind.Answer => AnswerDiscount * q * (0.8f + (0.2f * t)),
            _ => q * (0.8f + (0.2f * t)),
        };

        if (target.Kind == TargetKind.Question && query.Words.Length > 0)
        {
            var fuzzy = Fuzz.TokenSetRatio(query.Words, target.Words) / 100f;
            lexical = (0.85f * lexical) + (0.15f * fuzzy * q);
        }

        return 100f * lexical;
    }
}
