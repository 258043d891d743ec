using BriefBot.Core.Matching;

namespace BriefBot.Embeddings.Tests.Matching;

/// <summary>
/// Two rules of the score model, with the real model, where a briefing's FAQ and its facts compete: a long fact is
/// also matched clause by clause, and a phrasing's cosine counts less the phrasing offset. Each question here was
/// declined without its rule (checked by setting <see cref="ScoreModel.PhrasingOffset"/> to 0 and the clause
/// discount out of reach).
/// </summary>
public sealed class FusedRankingTests(EncoderFixture model) : IClassFixture<EncoderFixture>
{
    private const string Briefing = """
        Harbour Ferry Strike Update
        Crews of the Harbour Ferry Company walked out on Monday, the ferries to Kelp Island stayed in port, and commuters waited up to three hours for replacement buses.
        The union is asking for a 9 percent raise over two years.
        Talks
        Mediator Ines Halloran will meet both sides on Thursday at the city hall.
        Night services on the Kelp Island route will restart on 14 May if the vote passes.
        The company has hired four private boats to carry medical staff to the island clinic.
        The last strike, in 2019, lasted eleven days before an agreement was signed.
        Frequently Asked Questions
        Why are the ferry crews on strike?
        The crews say their pay has fallen behind the cost of living on the islands.
        Will my monthly pass be refunded?
        Yes. Passes will be extended by one day for every day without service.
        How long will the strike last?
        The union has not given an end date.
        When will the ferries run again?
        Only once the strike is over; the company will announce restarts on its website.
        Is the water taxi affected?
        No. The water taxi is run by a different operator and keeps its timetable.
        """;

    [Fact]
    public async Task A_question_about_one_clause_of_a_long_sentence_is_answered_with_that_sentence()
    {
        var matcher = await MatcherAsync();

        var result = matcher.Match("how long did people wait for the bus");

        Assert.True(result.Answered, $"declined at {result.Confidence}");
        Assert.StartsWith("Crews of the Harbour Ferry Company walked out", result.Best?.Entry.Quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_is_answered_though_an_FAQ_s_question_resembles_the_one_asked()
    {
        var matcher = await MatcherAsync();

        var result = matcher.Match("what happens with the night ferry");

        Assert.True(result.Answered, $"declined at {result.Confidence}");
        Assert.Equal("Night services on the Kelp Island route will restart on 14 May if the vote passes.", result.Best?.Entry.Quote.Text);
    }

    private Task<Matcher> MatcherAsync() => model.MatcherAsync("strike.txt", Briefing, new MatchingOptions());
}
