using BriefBot.Core.Chat;
using BriefBot.Core.Reports;
using BriefBot.Core.Storage;

namespace BriefBot.Core.Tests.Reports;

public sealed class ReportBuilderTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static AskedQuestion Asked(string text, bool answered, string? entry, int confidence, string asker = "a1") =>
        new(At, "slack", "C1", asker, text, answered, entry, confidence);

    [Fact]
    public void Reports_unanswered_questions_not_helpful_entries_and_near_misses()
    {
        var knowledge = TestKnowledge.Default();
        var himars = knowledge.Entries.Single(e => e.Kind == BriefBot.Core.Knowledge.EntryKind.Definition && e.Answer.StartsWith("HIMARS", StringComparison.Ordinal)).Id;
        var questions = new[]
        {
            Asked("What is HIMARS?", true, himars, 100),
            Asked("how many casualties in kharkiv", false, null, 20, "a2"),
            Asked("How many casualties were there in Kharkiv?", false, null, 25, "a3"),
            Asked("what does himars mean exactly", false, himars, 45, "a2"),
        };
        var feedback = new[] { new FeedbackTally(himars, 1, 3), new FeedbackTally("fact-gone", 0, 1), new FeedbackTally("fact-ok", 5, 0) };

        var report = ReportBuilder.Build(At.AddDays(-7), At, questions, feedback, knowledge, threshold: 54, max: 10);

        Assert.Equal((4, 1, 3), (report.Questions, report.Answered, report.DistinctAskers));
        Assert.Equal(2, report.MostAskedUnanswered[0].Count);
        Assert.Contains("casualties", report.MostAskedUnanswered[0].Question, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([himars, "fact-gone"], report.MostNotHelpful.Select(e => e.EntryId));
        Assert.Null(report.MostNotHelpful[1].Answer);
        var miss = Assert.Single(report.NearMisses);
        Assert.Equal(("what does himars mean exactly", 45, "What is HIMARS?"), (miss.Question, miss.Confidence, miss.EntryQuestion));
    }
}
