using BriefBot.Core.Evaluation;

namespace BriefBot.Core.Tests.Evaluation;

/// <summary>The product bar on the dev questions: at least 90% of in-scope questions right, none wrong, no out-of-scope question answered.</summary>
internal static class DevSetBar
{
    public static void Check(IReadOnlyList<EvalResult> results)
    {
        var totals = EvalTotals.Of(results);
        var misses = string.Join("\n", results.Where(r => r.IsMiss).Select(r => $"{r.Outcome}: {r.Question.Question} [{r.Reply.Confidence}]"));
        Assert.True(totals.Accuracy >= 0.9, $"in-scope accuracy {totals.Accuracy:P1}\n{misses}");
        Assert.True(totals.AnsweredOutOfScope == 0, $"answered {totals.AnsweredOutOfScope} out-of-scope questions\n{misses}");
        Assert.Equal(0, totals.Wrong);
    }
}
