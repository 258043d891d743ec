using BriefBot.Core.Matching.Lexicon;

namespace BriefBot.Core.Tests.Matching.Lexicon;

public sealed class LemmasTests
{
    [Theory]
    [InlineData("died", "die")]
    [InlineData("used", "use")]
    [InlineData("deaths", "death")]
    [InlineData("stopped", "stop")]
    public void Finds_the_dictionary_form_of_short_and_long_words(string word, string lemma) =>
        Assert.Contains(lemma, Lemmas.Of(word));

    [Fact]
    public void Leaves_at_least_two_letters_before_an_ending() =>
        Assert.DoesNotContain("be", Lemmas.Of("bed"));

    [Fact]
    public void A_short_inflected_verb_finds_the_fact_worded_with_its_noun()
    {
        var matcher = TestKnowledge.MatcherFor(("flood.txt", """
            Flood Update
            Two deaths have been confirmed, both drivers whose vehicles were swept off flooded roads.
            About 14,000 homes remain without power.
            """));

        var reply = matcher.Answer("has anyone died");

        Assert.True(reply.Answered, $"declined with confidence {reply.Confidence}");
        Assert.Contains("Two deaths", reply.Quote!.Text, StringComparison.Ordinal);
    }
}
