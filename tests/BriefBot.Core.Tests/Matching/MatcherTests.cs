using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Matching;

public sealed class MatcherTests
{
    private static readonly Matcher Matcher = TestKnowledge.DefaultMatcher();

    [Theory]
    [InlineData("What weapons can Ukraine use inside Russia?", "HIMARS")]
    [InlineData("wat weapons can ukriane use", "HIMARS")]
    [InlineData("<@U024BE7LH> when was this confirmed?", "May 30")]
    [InlineData("<@!80351110224678912> **what did the kremlin warn**", "stern warning")]
    [InlineData("what is HIMARS", "High Mobility Artillery Rocket")]
    [InlineData("Does the US want to invade Russia?", "invasion of Russian territory")]
    public void Answers_with_the_supporting_text(string question, string expected)
    {
        var reply = Matcher.Answer(question);

        Assert.True(reply.Answered, $"declined with confidence {reply.Confidence}");
        Assert.Contains(expected, reply.Answer + " " + reply.Quote!.Text, StringComparison.Ordinal);
        Assert.InRange(reply.Confidence, Matcher.Options.Threshold, 100);
    }

    [Theory]
    [InlineData("How many casualties were there in Kharkiv?")]
    [InlineData("What's the weather in Kyiv today?")]
    [InlineData("Who won the Super Bowl?")]
    [InlineData("tell me a joke")]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("?!")]
    public void Declines_what_the_knowledge_does_not_say(string question)
    {
        var reply = Matcher.Answer(question);

        Assert.False(reply.Answered, $"answered \"{reply.Answer}\" with confidence {reply.Confidence}");
        Assert.Null(reply.Answer);
        Assert.Null(reply.Quote);
        Assert.True(reply.Confidence < Matcher.Options.Threshold);
    }

    [Fact]
    public void A_near_miss_is_offered_as_did_you_mean()
    {
        var matcher = new Matcher(TestKnowledge.Default(), new MatchingOptions { Threshold = 99, SuggestionThreshold = 30 });

        var reply = matcher.Answer("which weapons may ukraine fire");

        Assert.False(reply.Answered);
        Assert.InRange(reply.Suggestions.Count, 1, 3);
        Assert.Contains("What specific weapons can Ukraine now use inside Russia?", reply.Suggestions);
    }

    [Fact]
    public void Nothing_unrelated_is_suggested() =>
        Assert.Empty(Matcher.Answer("Can I expense a taxi to the airport?").Suggestions);

    [Fact]
    public void Mentions_and_markup_do_not_change_the_match()
    {
        var plain = Matcher.Answer("when was this confirmed?");
        var decorated = Matcher.Answer("<@U024BE7LH> _when_ was this confirmed? :eyes: <https://example.com/status>");

        Assert.Equal(plain.EntryId, decorated.EntryId);
    }

    [Fact]
    public void Curated_synonyms_let_a_question_use_another_word()
    {
        const string curated = """
            { "entries": [ { "questions": ["How do I book a meeting room?"], "answer": "Use the Rooms app on the intranet." } ],
              "synonyms": [ ["meeting room", "conference room", "huddle space"] ] }
            """;
        var matcher = TestKnowledge.MatcherFor(("rooms.json", curated));

        var reply = matcher.Answer("how can I book a huddle space");

        Assert.True(reply.Answered, $"confidence {reply.Confidence}");
        Assert.Equal("Use the Rooms app on the intranet.", reply.Answer);
        Assert.Equal("How do I book a meeting room?", matcher.Knowledge.Entries.Single(e => e.Id == reply.EntryId).Questions[0]);
    }

    [Fact]
    public void A_learned_acronym_matches_its_long_form()
    {
        var reply = Matcher.Answer("can ukraine use high mobility artillery rocket systems across the border");

        Assert.True(reply.Answered);
        Assert.Contains("HIMARS", reply.Answer + reply.Quote!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_channels_can_ask_at_once()
    {
        var questions = new[] { "What is HIMARS?", "How did Russia respond?", "Who lobbied for the change?", "tell me a joke" };
        var expected = questions.Select(q => Matcher.Answer(q).EntryId).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => (i, Matcher.Answer(questions[i % 4]).EntryId))));

        Assert.All(results, r => Assert.Equal(expected[r.i % 4], r.EntryId));
    }
}
