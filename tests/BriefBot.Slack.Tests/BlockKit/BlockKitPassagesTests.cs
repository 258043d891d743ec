using BriefBot.Core.Matching;
using BriefBot.Core.Replies;
using BriefBot.Slack.BlockKit;
using BriefBot.Slack.Tests.Fakes;

namespace BriefBot.Slack.Tests.BlockKit;

/// <summary>A decline in Block Kit with the passages that came closest, from the real (lexical) matcher on a small briefing.</summary>
public sealed class BlockKitPassagesTests
{
    private static readonly Matcher Matcher = new(TestKnowledge.Build(), new MatchingOptions());
    private static readonly SourceRef Source = new("Office Move Briefing", "Facilities", "office-move.txt");

    [Fact]
    public void A_fact_asked_in_other_words_is_declined_and_its_sentence_quoted_with_document_and_section_as_possibly_relevant()
    {
        var reply = Matcher.Answer("do desks have screens");

        var json = BlockJson.Of(BlockKitReply.Render(reply));

        Assert.False(reply.Answered);
        var texts = BlockJson.Texts(json).ToList();
        Assert.Equal(Reply.NotCoveredText, texts[0]);
        var heading = texts.IndexOf("*" + Passage.Heading + "*");
        Assert.True(heading > 0, string.Join(" / ", texts));
        Assert.Equal(">Every desk has a docking station &amp; two monitors.", texts[heading + 1]);
        Assert.Equal("*Source:* Office Move Briefing, Facilities", texts[heading + 2]);
        Assert.Contains("“Every desk has a docking station &amp; two monitors.” (Office Move Briefing, Facilities)", (string)json["text"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who won the Super Bowl?")]
    [InlineData("When does the office move?")]
    public void An_answer_or_a_question_far_from_the_knowledge_offers_no_passages(string question)
    {
        var json = BlockJson.Of(BlockKitReply.Render(Matcher.Answer(question)));

        Assert.DoesNotContain(BlockJson.Texts(json), t => t.Contains(Passage.Heading, StringComparison.Ordinal));
    }

    [Fact]
    public void A_passage_that_tries_to_mention_people_does_not_ping()
    {
        var sentence = "Fire alarm tests are announced to <!channel>, <!here>, <!everyone> and <@U0FIRE> the day before.";
        var reply = Declined(new Passage(new Quote(sentence, Source with { Section = "<!here> notes" }), 40));

        var json = BlockJson.Of(BlockKitReply.Render(reply));

        Assert.False(BlockJson.HasLiveMention(json.ToJsonString()));
        Assert.Contains("&lt;!everyone&gt;", BlockJson.Decoded(json), StringComparison.Ordinal);
        Assert.All(BlockJson.TextObjects(json).Where(t => (string?)t["type"] == "mrkdwn"), t => Assert.True((bool)t["verbatim"]!));
    }

    [Fact]
    public void Long_passages_are_cut_within_block_kit_limits_without_splitting_a_character()
    {
        // An emoji is a surrogate pair: a cut between its halves would send Slack invalid text.
        var unbroken = string.Concat(Enumerable.Repeat("ab😀", 2_000));
        var words = string.Join(' ', Enumerable.Range(0, 1_500).Select(i => "word" + i));
        var reply = Declined(
            new Passage(new Quote(unbroken, Source), 45),
            new Passage(new Quote(words, Source with { Document = words }), 44),
            new Passage(new Quote(words + " again", Source), 43));

        var json = BlockJson.Of(BlockKitReply.Render(reply));

        Assert.True(BlockJson.Blocks(json).Count <= BlockLimits.BlocksPerMessage);
        Assert.All(BlockJson.Texts(json), t => Assert.InRange(t.Length, 1, BlockLimits.SectionText));
        Assert.All(BlockJson.Texts(json), t => Assert.False(char.IsHighSurrogate(t[^1]) || char.IsHighSurrogate(t[^2]) && t[^1] == '…'));
        var quotes = BlockJson.OfType(json, "section").Select(b => (string)b["text"]!["text"]!).Where(t => t.StartsWith('>')).ToList();
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.EndsWith("…", q, StringComparison.Ordinal));
        Assert.True(((string)json["text"]!).Length <= BlockLimits.FallbackText);
    }

    private static Reply Declined(params Passage[] passages) => Reply.Abstain("q?", 45, []) with { Passages = passages };
}
