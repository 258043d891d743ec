using BriefBot.Core.Replies;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Tests.Fakes;

namespace BriefBot.Discord.Tests.Rendering;

/// <summary>A decline as a Discord embed with the passages that came closest: one field each, under a "possibly relevant" line.</summary>
public sealed class EmbedPassagesTests
{
    private static readonly SourceRef Source = new("Office Move Briefing", "Facilities", "office-move.txt");

    [Fact]
    public async Task A_fact_asked_in_other_words_is_declined_over_the_wire_with_its_sentence_and_source()
    {
        await using var host = await DiscordTestHost.StartAsync(realCore: true);
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "which targets can be hit"));

        var post = await host.Rest.WaitForAsync("POST", "channels/");
        Assert.Equal("{\"parse\":[]}", post.Json.GetProperty("allowed_mentions").GetRawText());
        var embed = post.Json.GetProperty("embeds")[0];
        var description = embed.GetProperty("description").GetString()!;
        Assert.StartsWith(Reply.NotCoveredText, description, StringComparison.Ordinal);
        Assert.EndsWith("**" + Passage.Heading + ":**", description, StringComparison.Ordinal);
        var fields = embed.GetProperty("fields").EnumerateArray().Select(f => (Name: f.GetProperty("name").GetString(), Value: f.GetProperty("value").GetString())).ToList();
        Assert.InRange(fields.Count, 1, 3);
        Assert.Contains(("Biden Reverses Long-Standing Policy, Authorizes Ukraine to Strike Inside Russian Territory › A Strategic Pivot for the Kharkiv Defense",
            "> Targeting is restricted to military assets directly involved in the Kharkiv offensive."), fields);
    }

    [Fact]
    public void A_decline_without_passages_has_no_fields_and_no_possibly_relevant_line()
    {
        var embed = Assert.Single(EmbedReply.Render(Reply.Abstain("q?", 10, [])).Embeds!);

        Assert.Null(embed.Fields);
        Assert.DoesNotContain(Passage.Heading, embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_that_tries_to_mention_people_does_not_ping()
    {
        var sentence = "Ping @everyone, @here, <@&300000000000000009> and <@500000000000000009> before the move.";
        var message = EmbedReply.Render(Declined(new Passage(new Quote(sentence, Source with { Section = "@everyone notes" }), 40)));

        Assert.Empty(message.AllowedMentions.Parse);
        var field = Assert.Single(message.Embeds![0].Fields!);
        Assert.Contains("\\<@&300000000000000009\\>", field.Value, StringComparison.Ordinal);
        Assert.Contains("\\<@500000000000000009\\>", field.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_passages_and_suggestions_stay_within_the_field_and_message_limits_without_splitting_a_character()
    {
        // An emoji is a surrogate pair: a cut between its halves would send Discord invalid text.
        var unbroken = string.Concat(Enumerable.Repeat("ab😀", 2_000));
        var words = string.Join(' ', Enumerable.Range(0, 1_500).Select(i => "word" + i));
        var reply = Reply.Abstain("q?", 45, [words, words + " two", words + " three"]) with
        {
            Passages =
            [
                new Passage(new Quote(unbroken, Source), 45),
                new Passage(new Quote(words, Source with { Document = words }), 44),
                new Passage(new Quote(words + " again", Source), 43),
            ],
        };

        var embed = Assert.Single(EmbedReply.Render(reply).Embeds!);

        Assert.True(embed.Length <= DiscordLimits.EmbedsTotal, $"{embed.Length} characters");
        Assert.True(embed.Description!.Length <= DiscordLimits.EmbedDescription);
        Assert.Equal(3, embed.Fields!.Count);
        Assert.All(embed.Fields, f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
        Assert.All(embed.Fields, f => Assert.InRange(f.Name.Length, 1, DiscordLimits.FieldName));
        Assert.All(embed.Fields, f => Assert.EndsWith("…", f.Value, StringComparison.Ordinal));
        Assert.All(embed.Fields, f => Assert.False(char.IsHighSurrogate(f.Value[^2])));
        Assert.EndsWith("**" + Passage.Heading + ":**", embed.Description, StringComparison.Ordinal);
    }

    private static Reply Declined(params Passage[] passages) => Reply.Abstain("q?", 45, []) with { Passages = passages };
}
