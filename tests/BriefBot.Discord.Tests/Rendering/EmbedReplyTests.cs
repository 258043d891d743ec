using BriefBot.Core.Replies;
using BriefBot.Discord.Payloads;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Tests.Fakes;

namespace BriefBot.Discord.Tests.Rendering;

public sealed class EmbedReplyTests
{
    [Fact]
    public void An_answer_that_is_the_quote_shows_the_quote_once()
    {
        var reply = FakeAnswerer.Answered("q", "Ukraine may use GMLRS and HIMARS systems for cross-border strikes.");

        var embed = Assert.Single(EmbedReply.Render(reply).Embeds!);

        Assert.Equal("> Ukraine may use GMLRS and HIMARS systems for cross-border strikes.", embed.Description);
    }

    [Fact]
    public void A_different_answer_comes_first_with_the_quote_under_it_and_source_and_confidence_beside()
    {
        var reply = FakeAnswerer.Answered("q", "The quote sentence.", answer: "The answer.");

        var message = EmbedReply.Render(reply);
        var embed = Assert.Single(message.Embeds!);

        Assert.Equal("The answer.\n\n> The quote sentence.", embed.Description);
        Assert.Equal("Ukraine strike authorization › A Strategic Pivot", embed.Fields!.Single(f => f.Name == "Source").Value);
        Assert.Equal("87/100", embed.Fields!.Single(f => f.Name == "Confidence").Value);
        Assert.Equal("ukraine-strike-authorization.txt", embed.Footer!.Text);
        Assert.Same(AllowedMentions.None, message.AllowedMentions);
        Assert.Equal(2, message.Components!.Single().Components.Count);
    }

    [Fact]
    public void An_abstention_says_so_and_offers_the_suggestions_without_buttons()
    {
        var reply = Reply.Abstain("q", 31, ["What weapons can Ukraine use?", "Why now?"]);

        var message = EmbedReply.Render(reply);
        var embed = Assert.Single(message.Embeds!);

        Assert.StartsWith(Reply.NotCoveredText, embed.Description, StringComparison.Ordinal);
        Assert.Contains("• What weapons can Ukraine use?", embed.Description, StringComparison.Ordinal);
        Assert.Contains("• Why now?", embed.Description, StringComparison.Ordinal);
        Assert.Null(message.Components);
    }

    [Fact]
    public void A_very_long_answer_and_quote_stay_within_discord_limits_cut_at_words()
    {
        var longText = string.Join(' ', Enumerable.Repeat("escalation", 1500));
        var reply = FakeAnswerer.Answered("q", longText + " quote", answer: longText + " answer") with
        {
            Quote = new Quote(longText + " quote", new SourceRef(new string('D', 3000), new string('S', 3000), new string('f', 5000))),
        };

        var message = EmbedReply.ForMessage(reply, "600000000000000001");
        var embed = Assert.Single(message.Embeds!);

        Assert.InRange(embed.Description!.Length, 2000, DiscordLimits.EmbedDescription);
        Assert.True(embed.Length <= DiscordLimits.EmbedsTotal);
        Assert.All(embed.Fields!, f => Assert.True(f.Value.Length <= DiscordLimits.FieldValue && f.Name.Length <= DiscordLimits.FieldName));
        Assert.True(embed.Footer!.Text.Length <= DiscordLimits.Footer);
        Assert.Contains("escalation…\n\n> escalation", embed.Description, StringComparison.Ordinal);
        Assert.EndsWith("escalation…", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Mention_syntax_in_knowledge_is_shown_not_acted_on()
    {
        var reply = FakeAnswerer.Answered("q", "Ping @everyone and <@&123456789012345678> and <@123456789012345678>.");

        var message = EmbedReply.Render(reply);

        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Contains("\\<@&123456789012345678\\>", message.Embeds![0].Description, StringComparison.Ordinal);
    }
}
