using System.Text.Json.Nodes;
using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Slack.BlockKit;
using BriefBot.Slack.Tests.Fakes;

namespace BriefBot.Slack.Tests.BlockKit;

public class BlockKitDigestTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static Quote Fact(string text, string document = "Office Move Briefing") => new(text, new SourceRef(document, "Facilities", "office-move.txt"));

    [Fact]
    public void Renders_header_facts_changes_unchanged_briefings_and_unanswered_questions()
    {
        var digest = new Digest("Weekly", At,
        [
            new BriefingDigest("Office Move Briefing", "office-move.txt",
                [Fact("The office moves on 1 March 2026."), Fact("Desks have two monitors & a dock.")],
                new DigestChanges([Fact("Bikes park on level -1.")], [new FactChange(Fact("Opens at 09:00."), Fact("Opens at 08:00."))], [Fact("The canteen stays open.")]),
                false),
            new BriefingDigest("Security Briefing", "security.txt", [], null, true),
        ],
        [new UnansweredQuestion("Is there a gym <!here>?", 3)]);

        var messages = BlockKitDigest.Render(digest);
        var json = Assert.Single(messages.Select(BlockJson.Of));
        var blocks = BlockJson.Blocks(json);
        Assert.Equal("header", (string)blocks[0]["type"]!);
        Assert.Equal("Digest: Weekly", (string)blocks[0]["text"]!["text"]!);
        var all = string.Join("\n", BlockJson.Texts(json));
        Assert.Contains("*Office Move Briefing*", all);
        Assert.Contains("• The office moves on 1 March 2026. _(Office Move Briefing, Facilities)_", all);
        Assert.Contains("Desks have two monitors &amp; a dock.", all);
        Assert.Contains("*What changed*", all);
        Assert.Contains("*New:*\n>Bikes park on level -1.", all);
        Assert.Contains("*Changed:*\n>Was: Opens at 09:00.\n>Now: Opens at 08:00.", all);
        Assert.Contains("*Removed:*\n>The canteen stays open.", all);
        Assert.Contains("*Security Briefing*", all);
        Assert.Contains("No changes since the last digest.", all);
        Assert.Contains("• Is there a gym &lt;!here&gt;? (×3)", all);
        Assert.False(BlockJson.HasLiveMention(json.ToJsonString()));
        Assert.Equal("Digest: Weekly", (string)json["text"]!);
    }

    [Fact]
    public void A_digest_over_fifty_blocks_is_split_into_messages_within_the_limits()
    {
        var briefings = Enumerable.Range(0, 40)
            .Select(i => new BriefingDigest($"Briefing {i}", $"b{i}.txt", [Fact($"Fact {i}.", $"Briefing {i}")], null, false))
            .ToList();
        briefings.Add(new BriefingDigest("Huge", "huge.txt", [.. Enumerable.Range(0, 300).Select(i => Fact($"Long fact number {i} " + new string('x', 80)))], null, false));
        var messages = BlockKitDigest.Render(new Digest("Daily", At, briefings, []));

        Assert.True(messages.Count >= 3);
        var json = messages.Select(BlockJson.Of).ToList();
        Assert.All(json, m => Assert.InRange(BlockJson.Blocks(m).Count, 1, BlockLimits.BlocksPerMessage));
        Assert.All(json, m => Assert.NotEqual("divider", (string)BlockJson.Blocks(m)[0]["type"]!));
        Assert.All(json.SelectMany(BlockJson.Texts), t => Assert.True(t.Length <= BlockLimits.SectionText));
        Assert.Equal($"Digest: Daily (2/{messages.Count})", (string)json[1]["text"]!);

        // Every fact is there, once, in order.
        var facts = json.SelectMany(BlockJson.Texts).SelectMany(t => t.Split('\n')).Where(l => l.StartsWith("• ", StringComparison.Ordinal)).ToList();
        Assert.Equal(340, facts.Count);
        Assert.StartsWith("• Fact 0.", facts[0]);
        Assert.StartsWith("• Long fact number 299 ", facts[^1]);
    }

    [Fact]
    public void A_digest_of_nothing_says_so()
    {
        var json = BlockJson.Of(Assert.Single(BlockKitDigest.Render(new Digest("Empty", At, [], []))));
        Assert.Contains("No briefings in the knowledge folder.", BlockJson.Texts(json));
        Assert.IsType<JsonArray>(json["blocks"]);
    }
}
