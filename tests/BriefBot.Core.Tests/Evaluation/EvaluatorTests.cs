using BriefBot.Core.Evaluation;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static readonly Quote Quote = new("Troops withdrew on May 30.", new SourceRef("Doc", null, "doc.txt"));

    [Fact]
    public void A_reply_is_correct_when_an_expected_phrase_is_in_the_answer_or_the_quote()
    {
        var question = new EvalQuestion("when?", ["may 30", "June"], 2);
        var reply = new Reply("when?", true, "They left.", Quote, 80, [], "fact-1");

        Assert.Equal(EvalOutcome.Correct, Evaluator.Judge(question, reply).Outcome);
    }

    [Fact]
    public void Totals_count_each_outcome_and_the_precision_of_answers_given()
    {
        var inScope = new EvalQuestion("q", ["x"], 1);
        var outOfScope = new EvalQuestion("q", [], 2);
        var results = new[]
        {
            Evaluator.Judge(inScope, new Reply("q", true, "x", Quote, 90, [], "a")),
            Evaluator.Judge(inScope, new Reply("q", true, "y", Quote, 90, [], "b")),
            Evaluator.Judge(inScope, Reply.Abstain("q", 10, [])),
            Evaluator.Judge(outOfScope, Reply.Abstain("q", 10, [])),
            Evaluator.Judge(outOfScope, new Reply("q", true, "z", Quote, 60, [], "c")),
        };

        var totals = EvalTotals.Of(results);

        Assert.Equal((1, 1, 1, 1, 1), (totals.Correct, totals.Wrong, totals.Abstained, totals.DeclinedOutOfScope, totals.AnsweredOutOfScope));
        Assert.Equal(1.0 / 3, totals.Precision, 3);
    }

    [Fact]
    public void A_line_without_a_tab_is_a_format_error_naming_the_line()
    {
        var error = Assert.Throws<FormatException>(() => EvalQuestionFile.Parse(["# header", "no tab here"], "q.tsv"));

        Assert.StartsWith("q.tsv:2:", error.Message, StringComparison.Ordinal);
    }
}
