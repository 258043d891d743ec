using BriefBot.Core.Matching;

namespace BriefBot.Embeddings.Tests.Matching;

/// <summary>The closest passages of a decline with the real model behind the matcher: a sentence found by meaning alone is offered too.</summary>
public sealed class FusedPassagesTests(EncoderFixture model) : IClassFixture<EncoderFixture>
{
    private const string Briefing = """
        Data Center Maintenance
        Storage arrays in Frankfurt will be replaced over the weekend.
        Impact
        Customer dashboards will be unavailable for six hours.
        Backups continue to run during the work.
        Contact
        Questions go to the infrastructure team channel.
        """;

    // The fused model's near misses on a small briefing score far below the lexical matcher's (1–28 where
    // the lexical one gives 30–50), so the floor these tests read, the suggestion threshold, is set just above zero.
    private static readonly MatchingOptions Options = new() { PassageThreshold = 1 };

    [Fact]
    public async Task A_fact_that_shares_no_word_with_the_question_is_offered_with_its_document_and_section()
    {
        var matcher = await MatcherAsync();

        var reply = matcher.Answer("for how much time can clients not see their stats");

        Assert.False(reply.Answered, $"answered with confidence {reply.Confidence}");
        var passage = reply.Passages[0];
        Assert.Equal("Customer dashboards will be unavailable for six hours.", passage.Quote.Text);
        Assert.Equal("Data Center Maintenance", passage.Quote.Source.Document);
        Assert.Equal("Impact", passage.Quote.Source.Section);
        Assert.InRange(passage.Confidence, Options.PassageThreshold, Options.Threshold - 1);
    }

    [Theory]
    [InlineData("Who won the Super Bowl?")]
    [InlineData("what is the weather in Paris")]
    [InlineData("???")]
    public async Task A_question_the_knowledge_is_far_from_offers_nothing(string question)
    {
        var matcher = await MatcherAsync();

        var reply = matcher.Answer(question);

        Assert.False(reply.Answered);
        Assert.Empty(reply.Passages);
    }

    private Task<Matcher> MatcherAsync() => model.MatcherAsync("maintenance.txt", Briefing, Options);
}
