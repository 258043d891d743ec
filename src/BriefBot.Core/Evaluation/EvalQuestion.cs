namespace BriefBot.Core.Evaluation;

/// <summary>
/// One line of a question file: the question and the phrases one of which a correct reply contains (in its answer
/// or quote), or none at all for a question the bot must decline.
/// </summary>
public sealed record EvalQuestion(string Question, IReadOnlyList<string> Expected, int Line)
{
    public bool OutOfScope => Expected.Count == 0;
}
