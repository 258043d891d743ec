using BriefBot.Core.Replies;
using BriefBot.Slack.BlockKit;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.Tests.Fakes;

namespace BriefBot.Slack.Tests.BlockKit;

public class BlockKitReplyTests
{
    private static readonly SourceRef Source = new("Office Move Briefing", "Facilities", "office-move.txt");

    [Fact]
    public void An_answer_that_is_the_quote_shows_the_quote_once_with_source_confidence_and_buttons()
    {
        var sentence = "The new office opens at 08:00 on weekdays.";
        var json = BlockJson.Of(BlockKitReply.Render(new Reply("when?", true, sentence, new Quote(sentence, Source), 85, [], "fact-1")));

        var blocks = BlockJson.Blocks(json);
        Assert.Equal(["section", "context", "actions"], blocks.Select(b => (string)b["type"]!));
        Assert.Equal(">" + sentence, (string)blocks[0]["text"]!["text"]!);
        var context = (string)blocks[1]["elements"]![0]!["text"]!;
        Assert.Contains("Office Move Briefing, Facilities", context);
        Assert.Contains("85%", context);
        var buttons = blocks[2]["elements"]!.AsArray();
        Assert.Equal([FeedbackActions.Helpful, FeedbackActions.NotHelpful], buttons.Select(b => (string)b!["action_id"]!));
        Assert.All(buttons, b => Assert.Equal("fact-1", (string)b!["value"]!));
        Assert.All(buttons, b => Assert.Equal("button", (string)b!["type"]!));
        Assert.Contains(sentence, (string)json["text"]!);
    }

    [Fact]
    public void A_different_answer_comes_before_the_quote()
    {
        var json = BlockJson.Of(BlockKitReply.Render(new Reply("when?", true, "On 1 March 2026.", new Quote("The office moves on 1 March 2026.", Source), 90, [], "faq-1")));
        var texts = BlockJson.OfType(json, "section").Select(b => (string)b["text"]!["text"]!).ToList();
        Assert.Equal(["On 1 March 2026.", ">The office moves on 1 March 2026."], texts);
    }

    [Fact]
    public void Abstaining_says_so_and_offers_suggestions_without_buttons()
    {
        var json = BlockJson.Of(BlockKitReply.Render(Reply.Abstain("lunch?", 20, ["Where do I park?", "When does the office move?"])));
        var texts = BlockJson.OfType(json, "section").Select(b => (string)b["text"]!["text"]!).ToList();
        Assert.Equal(Reply.NotCoveredText.Replace("'", "'", StringComparison.Ordinal), texts[0]);
        Assert.Equal("*Did you mean:*\n• Where do I park?\n• When does the office move?", texts[1]);
        Assert.Empty(BlockJson.OfType(json, "actions"));
        Assert.StartsWith(Reply.NotCoveredText, (string)json["text"]!);
    }

    [Fact]
    public void A_long_answer_is_cut_cleanly_within_block_kit_limits()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2_000).Select(i => "word" + i));
        var json = BlockJson.Of(BlockKitReply.Render(new Reply("long?", true, words, new Quote(words + " quoted", Source), 70, [], "fact-2")));

        Assert.True(BlockJson.Blocks(json).Count <= BlockLimits.BlocksPerMessage);
        foreach (var text in BlockJson.Texts(json))
        {
            Assert.True(text.Length <= BlockLimits.SectionText, $"{text.Length} characters");
        }

        var answer = (string)BlockJson.OfType(json, "section").First()["text"]!["text"]!;
        Assert.EndsWith("…", answer);
        var kept = answer[..^1];
        Assert.StartsWith(kept + " ", words, StringComparison.Ordinal);
        Assert.True(((string)json["text"]!).Length <= BlockLimits.FallbackText);
    }

    [Fact]
    public void Knowledge_and_questions_that_try_to_mention_people_are_escaped()
    {
        var sentence = "Alerts go to <!channel>, <!here> & <@U123> via <#C1|ops> <!subteam^S1|@oncall>.";
        var reply = new Reply("ping <!everyone> <@U999>", true, sentence, new Quote(sentence, Source with { Document = "<!here> notes" }), 80, ["<@U1> again?"], "fact-3");
        var json = BlockJson.Of(BlockKitReply.Render(reply, echoQuestion: true));

        Assert.False(BlockJson.HasLiveMention(json.ToJsonString()));
        Assert.Contains("&lt;!channel&gt;", BlockJson.Decoded(json), StringComparison.Ordinal);
        Assert.All(BlockJson.TextObjects(json).Where(t => (string?)t["type"] == "mrkdwn"), t => Assert.True((bool)t["verbatim"]!));
        Assert.False((bool)json["link_names"]!);
    }
}
