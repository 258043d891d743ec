using System.Globalization;

namespace BriefBot.Core.Evaluation;

/// <summary>The totals of a run over a question file.</summary>
public sealed record EvalTotals(int Correct, int Wrong, int Abstained, int DeclinedOutOfScope, int AnsweredOutOfScope)
{
    public int InScope => Correct + Wrong + Abstained;

    public int OutOfScope => DeclinedOutOfScope + AnsweredOutOfScope;

    /// <summary>Share of in-scope questions answered correctly.</summary>
    public double Accuracy => InScope == 0 ? 1 : (double)Correct / InScope;

    /// <summary>Share of out-of-scope questions the bot declined.</summary>
    public double OutOfScopeRecall => OutOfScope == 0 ? 1 : (double)DeclinedOutOfScope / OutOfScope;

    /// <summary>Share of the answers given that were right.</summary>
    public double Precision => Correct + Wrong + AnsweredOutOfScope == 0 ? 1 : (double)Correct / (Correct + Wrong + AnsweredOutOfScope);

    public static EvalTotals Of(IEnumerable<EvalResult> results)
    {
        var list = results.ToList();
        int Count(EvalOutcome o) => list.Count(r => r.Outcome == o);
        return new EvalTotals(Count(EvalOutcome.Correct), Count(EvalOutcome.Wrong), Count(EvalOutcome.Abstained), Count(EvalOutcome.DeclinedOutOfScope), Count(EvalOutcome.AnsweredOutOfScope));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"in-scope {InScope}: {Correct} correct, {Wrong} wrong, {Abstained} declined ({Accuracy:P1} correct)\n" +
        $"out-of-scope {OutOfScope}: {DeclinedOutOfScope} declined, {AnsweredOutOfScope} answered ({OutOfScopeRecall:P1} declined)\n" +
        $"precision of answers given: {Precision:P1}");
}
