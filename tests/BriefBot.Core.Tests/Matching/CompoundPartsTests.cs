using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Matching;

public sealed class CompoundPartsTests
{
    private static readonly Matcher Lexical = TestKnowledge.MatcherFor(("outage.txt", """
        Checkout Outage Review
        Engineers spent 52 minutes rolling back the previous deployment before checking the certificate.
        The new certificate was issued at 11:20 a.m. and checkout recovered by noon.
        The on-call engineer, Dana Okafor, was paged at 9:41 a.m.
        """));

    [Theory]
    [InlineData("how long did the rollback take", "rolling back")]
    [InlineData("when was the rollback", "rolling back")]
    [InlineData("who was the oncall engineer", "on-call engineer")]
    public void A_compound_finds_the_words_the_documents_write_apart(string question, string expected)
    {
        var best = Lexical.Match(question).Best;

        Assert.NotNull(best);
        Assert.Contains(expected, best.Entry.Quote.Text, StringComparison.Ordinal);
        Assert.True(best.Confidence >= 30, $"found with confidence {best.Confidence} only");
    }

    [Fact]
    public void A_name_is_not_cut_into_words() =>
        Assert.False(Lexical.Answer("what did Checkoutback say").Answered);
}
