using BriefBot.Core.Matching;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Tests.Matching;

/// <summary>A decline still points at the sentences that came closest; the lexical matcher (no model needed here).</summary>
public sealed class ClosestPassagesTests
{
    private const string Briefing = """
        Office Move Notice
        The Berlin office moves to Alexanderplatz on 1 March.
        Parking
        Staff parking is free in the basement garage.
        Visitors park on the street and pay at the meter.
        Desks
        Every desk is booked through the Hoteling app.
        """;

    private static readonly Matcher Matcher = TestKnowledge.MatcherFor(("office-move.txt", Briefing));

    [Theory]
    [InlineData("where does the Berlin team go", "The Berlin office moves to Alexanderplatz on 1 March.", null)]
    [InlineData("is the garage open at night", "Staff parking is free in the basement garage.", "Parking")]
    public void A_fact_asked_in_other_words_is_declined_and_offered_with_its_document_and_section(string question, string sentence, string? section)
    {
        var reply = Matcher.Answer(question);

        Assert.False(reply.Answered, $"answered with confidence {reply.Confidence}");
        Assert.Equal(Reply.NotCoveredText, reply.DeclineText);
        var passage = reply.Passages[0];
        Assert.Equal(sentence, passage.Quote.Text);
        Assert.Equal("Office Move Notice", passage.Quote.Source.Document);
        Assert.Equal(section, passage.Quote.Source.Section);
    }

    [Fact]
    public void Passages_are_at_most_three_distinct_best_first_and_above_the_suggestion_floor()
    {
        var matcher = TestKnowledge.DefaultMatcher();

        var reply = matcher.Answer("which targets can be hit");

        Assert.False(reply.Answered);
        Assert.Equal(3, reply.Passages.Count);
        Assert.Equal(reply.Passages.Count, reply.Passages.Select(p => p.Quote.Text).Distinct().Count());
        Assert.Equal(reply.Passages.OrderByDescending(p => p.Confidence).Select(p => p.Quote.Text), reply.Passages.Select(p => p.Quote.Text));
        Assert.All(reply.Passages, p => Assert.InRange(p.Confidence, matcher.Options.PassageThreshold, matcher.Options.Threshold - 1));
    }

    [Theory]
    [InlineData("Who won the Super Bowl?")]
    [InlineData("what is the weather in Paris")]
    [InlineData("?!")]
    [InlineData("")]
    public void A_question_the_knowledge_is_far_from_offers_nothing(string question)
    {
        var reply = Matcher.Answer(question);

        Assert.False(reply.Answered);
        Assert.Empty(reply.Passages);
    }

    [Fact]
    public void An_answer_offers_no_passages()
    {
        var reply = Matcher.Answer("Is staff parking free?");

        Assert.True(reply.Answered);
        Assert.Empty(reply.Passages);
    }

    [Fact]
    public void A_sentence_under_the_passage_floor_is_not_offered()
    {
        var offered = Matcher.Answer("is the garage open at night").Passages[0];
        var stricter = new Matcher(Matcher.Knowledge, new MatchingOptions { PassageThreshold = offered.Confidence + 1 });

        var reply = stricter.Answer("is the garage open at night");

        Assert.DoesNotContain(reply.Passages, p => p.Quote.Text == offered.Quote.Text);
    }
}
