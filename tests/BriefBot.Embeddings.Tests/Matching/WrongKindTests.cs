using BriefBot.Core.Matching;

namespace BriefBot.Embeddings.Tests.Matching;

/// <summary>
/// The score model's "wrong kind of answer" signal, with the real model: an FAQ whose question resembles the one asked
/// but whose answer cannot give the kind of answer asked (a time, a sum of money) is not offered as the answer. Both
/// questions were answered with the FAQ, at 85 and 69, with the signal's weight at 0.
/// </summary>
public sealed class WrongKindTests(EncoderFixture model) : IClassFixture<EncoderFixture>
{
    private const string Briefing = """
        Elm Street Bridge Closure
        Buses will use the Harbour Road detour while the bridge is closed.
        Cyclists can cross on the temporary footbridge.
        Frequently Asked Questions
        What caused the bridge closure?
        Inspectors found cracks in two of its support beams.
        Who is paying for the bridge repairs?
        The state transport fund pays for the work.
        """;

    [Theory]
    [InlineData("when was the bridge closure decided")]
    [InlineData("how much do the repairs cost")]
    public async Task A_question_the_knowledge_holds_no_answer_of_its_kind_for_is_declined(string question)
    {
        var matcher = await MatcherAsync();

        var result = matcher.Match(question);

        Assert.False(result.Answered, $"answered with \"{result.Best?.Entry.Answer}\" at {result.Confidence}");
        Assert.True(result.Best!.Parts.Single(p => p.Name == "wrong kind of answer").Contribution < 0);
    }

    [Fact]
    public async Task An_FAQ_that_holds_the_kind_asked_is_still_answered()
    {
        var matcher = await MatcherAsync();

        var result = matcher.Match("who found the cracks");

        Assert.True(result.Answered, $"declined at {result.Confidence}");
        Assert.Equal("Inspectors found cracks in two of its support beams.", result.Best?.Entry.Answer);
    }

    private Task<Matcher> MatcherAsync() => model.MatcherAsync("bridge.txt", Briefing, new MatchingOptions());
}
