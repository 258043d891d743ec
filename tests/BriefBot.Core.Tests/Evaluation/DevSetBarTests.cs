using BriefBot.Core.Evaluation;

namespace BriefBot.Core.Tests.Evaluation;

/// <summary>The product bar: on the dev questions, at least 90% of in-scope questions right and no out-of-scope question answered.</summary>
public sealed class DevSetBarTests
{
    [Fact]
    public void The_default_knowledge_meets_the_dev_set_bar_at_the_default_threshold()
    {
        var questions = EvalQuestionFile.Parse(File.ReadAllLines(TestKnowledge.EvalFile("dev-questions.tsv")), "dev-questions.tsv");
        var matcher = new BriefBot.Core.Matching.Matcher(TestKnowledge.Default(), new BriefBot.Core.Matching.MatchingOptions());

        var results = Evaluator.Run(matcher, questions);
        var totals = EvalTotals.Of(results);

        var misses = string.Join("\n", results.Where(r => r.IsMiss).Select(r => $"{r.Outcome}: {r.Question.Question} [{r.Reply.Confidence}]"));
        Assert.True(totals.Accuracy >= 0.9, $"in-scope accuracy {totals.Accuracy:P1}\n{misses}");
        Assert.True(totals.AnsweredOutOfScope == 0, $"answered {totals.AnsweredOutOfScope} out-of-scope questions\n{misses}");
        Assert.Equal(0, totals.Wrong);
    }
}
