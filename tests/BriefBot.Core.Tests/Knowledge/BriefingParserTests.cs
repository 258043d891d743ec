using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge;

public sealed class BriefingParserTests
{
    private static Briefing ParseDefault()
    {
        var text = File.ReadAllText(Path.Combine(TestKnowledge.DefaultFolder, "ukraine-strike-authorization.txt"));
        var (briefing, problems) = BriefingParser.Parse(text, "ukraine-strike-authorization.txt");
        Assert.Empty(problems);
        return briefing!;
    }

    [Fact]
    public void Reads_the_structure_of_a_plain_text_briefing()
    {
        var briefing = ParseDefault();

        Assert.Equal("Biden Reverses Long-Standing Policy, Authorizes Ukraine to Strike Inside Russian Territory", briefing.Title);
        Assert.Equal(
            ["A Strategic Pivot for the Kharkiv Defense", "Navigating the Escalation Ladder", "Geopolitical Repercussions and Global Stability", "Frequently Asked Questions"],
            briefing.Sections);
        var lead = Assert.Single(briefing.Sentences, s => s.Role == SentenceRole.Lead);
        Assert.StartsWith("WASHINGTON, D.C. — In a major development", lead.Text, StringComparison.Ordinal);
        Assert.Equal(3, briefing.Sentences.Count(s => s.Role == SentenceRole.Bullet));
        Assert.All(briefing.Sentences.Where(s => s.Role == SentenceRole.Bullet), s => Assert.Equal("A Strategic Pivot for the Kharkiv Defense", s.Section));
    }

    [Fact]
    public void Pairs_each_faq_question_with_its_answer_paragraph()
    {
        var briefing = ParseDefault();

        Assert.Equal(4, briefing.Faqs.Count);
        var faq = briefing.Faqs[2];
        Assert.Equal("Does this mean Ukraine can strike anywhere in Russia?", faq.Question.Text);
        Assert.Equal(["No.", "The authorization is geographically limited to the border areas near Kharkiv.", "The U.S. still maintains a prohibition on using long-range weapons, like ATACMS, for strikes deep into the Russian interior."], faq.Answer.Select(s => s.Text));
        Assert.Equal("Frequently Asked Questions", faq.Question.Section);
    }

    [Fact]
    public void Keeps_lines_and_exact_text_for_provenance()
    {
        var lines = File.ReadAllLines(Path.Combine(TestKnowledge.DefaultFolder, "ukraine-strike-authorization.txt"));
        var briefing = ParseDefault();

        Assert.All(briefing.Sentences, s => Assert.Contains(s.Text, lines[s.Line - 1], StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_markdown_headings_bullets_wrapped_paragraphs_and_heading_questions()
    {
        const string text = """
            # Payments Runbook

            The payments service moves money between customers and the bank. It runs
            in two regions.

            ## Alerts
            * Page the on-call engineer when the error rate passes 5 percent.
            - Escalate to the Site Reliability Engineering (SRE) lead after 30 minutes.

            ### Who owns the service?
            The Payments team owns it, and Dr. Lee is the manager.
            """;

        var (briefing, problems) = BriefingParser.Parse(text, "runbook.md");

        Assert.Empty(problems);
        Assert.Equal("Payments Runbook", briefing!.Title);
        Assert.Contains("Alerts", briefing.Sections);
        Assert.Equal(
            ["The payments service moves money between customers and the bank.", "It runs in two regions."],
            briefing.Sentences.Where(s => s.Role == SentenceRole.Lead).Select(s => s.Text));
        Assert.Equal(2, briefing.Sentences.Count(s => s.Role == SentenceRole.Bullet));
        var faq = Assert.Single(briefing.Faqs);
        Assert.Equal("Who owns the service?", faq.Question.Text);
        Assert.Equal("The Payments team owns it, and Dr. Lee is the manager.", faq.AnswerText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void An_empty_file_is_a_problem(string text)
    {
        var (briefing, problems) = BriefingParser.Parse(text, "empty.txt");

        Assert.Null(briefing);
        Assert.Contains("empty", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_nothing_under_it_is_a_problem_naming_the_line()
    {
        var (briefing, problems) = BriefingParser.Parse("\nJust a title\n", "title-only.txt");

        Assert.Null(briefing);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("title-only.txt", problem.File);
    }
}
