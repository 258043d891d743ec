using BriefBot.Core.Matching;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Evaluation;

/// <summary>Runs a question file through a matcher and judges each reply.</summary>
public static class Evaluator
{
    public static IReadOnlyList<EvalResult> Run(Matcher matcher, IEnumerable<EvalQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return [.. questions.Select(q => Judge(q, matcher.Answer(q.Question)))];
    }

    public static EvalResult Judge(EvalQuestion question, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(reply);
        EvalOutcome outcome;
        if (question.OutOfScope)
        {
            outcome = reply.Answered ? EvalOutcome.AnsweredOutOfScope : EvalOutcome.DeclinedOutOfScope;
        }
        else if (!reply.Answered)
        {
            outcome = EvalOutcome.Abstained;
        }
        else
        {
            var text = reply.Answer + "\n" + reply.Quote?.Text;
            outcome = question.Expected.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)) ? EvalOutcome.Correct : EvalOutcome.Wrong;
        }

        return new EvalResult(question, reply, outcome);
    }
}
