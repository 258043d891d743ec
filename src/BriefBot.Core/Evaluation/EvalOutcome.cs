namespace BriefBot.Core.Evaluation;

public enum EvalOutcome
{
    Correct,
    Wrong,
    Abstained,
    DeclinedOutOfScope,
    AnsweredOutOfScope,
}
