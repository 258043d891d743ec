namespace BriefBot.Core.Tests.Matching;

public sealed class AutocompleteTests
{
    private static readonly BriefBot.Core.Matching.Matcher Matcher = TestKnowledge.DefaultMatcher();

    [Theory]
    [InlineData("weap", "What specific weapons can Ukraine now use inside Russia?")]
    [InlineData("russia resp", "How has Russia responded to this announcement?")]
    [InlineData("why did biden", "Why did the Biden administration change its policy now?")]
    [InlineData("himars", "What is HIMARS?")]
    public void Completes_a_half_typed_question_from_the_knowledge(string partial, string expected)
    {
        var choices = Matcher.Autocomplete(partial, 25);

        Assert.Equal(expected, choices[0]);
    }

    [Fact]
    public void An_empty_prefix_offers_questions_and_respects_the_limit()
    {
        var choices = Matcher.Autocomplete("", 3);

        Assert.Equal(3, choices.Count);
        Assert.All(choices, c => Assert.EndsWith("?", c, StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_matching_offers_nothing() =>
        Assert.Empty(Matcher.Autocomplete("zzqx", 25));
}
