using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Matching;

public sealed class AbbreviationsTests
{
    private const string Briefing = """
        Flood Update
        The county emergency manager said 1,140 people stayed in shelters overnight.
        The next coordination meeting is on Friday at 9:00 a.m.
        More information is on the county's website.
        The pilot flights over the valley resume once the paint crews finish at the airfield.
        State Route 12 is closed between Millbrook and Dunmore.
        """;

    private static readonly Matcher Lexical = TestKnowledge.MatcherFor(("flood.txt", Briefing));

    [Theory]
    [InlineData("ppl", "people")]
    [InlineData("mgr", "manager")]
    [InlineData("mtg", "meeting")]
    [InlineData("info", "information")]
    [InlineData("rt", "route")]
    public void Reads_an_abbreviation_as_the_knowledge_word_it_shortens(string abbreviation, string word) =>
        Assert.Equal(word, Abbreviations.Expand(abbreviation, Lexical.Index));

    [Theory]
    [InlineData("pt")] // pilot or paint: equally good fits, equally common
    [InlineData("inf")] // three-letter openings begin too many words
    [InlineData("xq")]
    [InlineData("mngmntx")]
    public void Guesses_nothing_when_no_word_or_several_fit(string abbreviation) =>
        Assert.Null(Abbreviations.Expand(abbreviation, Lexical.Index));

    [Theory]
    [InlineData("when is the next mtg", "Friday at 9:00")]
    [InlineData("who's the county emergency mgr", "emergency manager")]
    public void Answers_a_question_typed_with_abbreviations(string question, string expected)
    {
        var reply = Lexical.Answer(question);

        Assert.True(reply.Answered, $"declined with confidence {reply.Confidence}");
        Assert.Contains(expected, reply.Quote!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_encoder_reads_the_question_with_its_abbreviations_written_out()
    {
        Assert.Equal("who's the county emergency manager, people say", QueryAnalyzer.Analyze("who's the county emergency mgr, ppl say", Lexical.Index).Expanded);
        Assert.Null(QueryAnalyzer.Analyze("who is the county emergency manager", Lexical.Index).Expanded);
    }
}
