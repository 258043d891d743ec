using BriefBot.Core.Replies;

namespace BriefBot.Core.Evaluation;

/// <summary>How the bot did on one question.</summary>
public sealed record EvalResult(EvalQuestion Question, Reply Reply, EvalOutcome Outcome)
{
    public bool IsMiss => Outcome is EvalOutcome.Wrong or EvalOutcome.Abstained or EvalOutcome.AnsweredOutOfScope;
}
