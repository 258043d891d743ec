using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Ukraine can use U.S.-supplied rockets. The U.S. Army agreed.", 2)]
    [InlineData("WASHINGTON, D.C. — In a major development, Biden acted.", 1)]
    [InlineData("He lives in Washington, D.C. The move was new.", 2)]
    [InlineData("The meeting starts at 5 p.m. on Friday.", 1)]
    [InlineData("The meeting ended at 5 p.m. The vote followed.", 2)]
    [InlineData("Mr. Smith met Dr. Jones. They spoke.", 2)]
    [InlineData("Inflation rose 3.5 percent in May. Prices fell.", 2)]
    [InlineData("He said “stop.” Then he left.", 2)]
    [InlineData("Is it over? No. It is not.", 3)]
    [InlineData("Officials called it “defensive in nature” — a limited step.", 1)]
    [InlineData("J. R. Smith signed it.", 1)]
    public void Splits_only_where_a_sentence_ends(string paragraph, int expected)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(expected, sentences.Count);
        Assert.All(sentences, s => Assert.Contains(s, paragraph, StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_closing_quote_with_its_sentence()
    {
        var sentences = SentenceSplitter.Split("He said “stop.” Then he left.");

        Assert.Equal(["He said “stop.”", "Then he left."], sentences);
    }
}
