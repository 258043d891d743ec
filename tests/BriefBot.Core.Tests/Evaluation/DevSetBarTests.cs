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

        DevSetBar.Check(Evaluator.Run(matcher, questions));
    }
}
