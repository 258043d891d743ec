using BriefBot.Core.Digests;
using BriefBot.Discord.Payloads;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Tests.Fakes;

namespace BriefBot.Discord.Tests.Rendering;

public sealed class DigestEmbedsTests
{
    [Fact]
    public void A_digest_has_an_embed_per_briefing_with_facts_changes_and_the_unanswered_questions()
    {
        var message = Assert.Single(DigestEmbeds.Render(FakeDigestPreviewer.Sample()));

        Assert.Equal("**Morning briefing** digest · 2026-06-01 08:00 UTC", message.Content);
        Assert.Same(AllowedMentions.None, message.AllowedMentions);
        var embeds = message.Embeds!;
        Assert.Equal(["Ukraine strike authorization", "Quiet briefing", "Asked but not answered"], embeds.Select(e => e.Title));
        var changed = embeds[0].Description!;
        Assert.Contains("• Key fact number 1 about the authorization. — *Ukraine strike authorization › A Strategic Pivot*", changed, StringComparison.Ordinal);
        Assert.Contains("New: “Targeting is restricted to military assets.”", changed, StringComparison.Ordinal);
        Assert.Contains("Was: “Old wording.”\nNow: “New wording.”", changed, StringComparison.Ordinal);
        Assert.Contains("Removed: “A removed fact.”", changed, StringComparison.Ordinal);
        Assert.Equal("No changes since the last digest.", embeds[1].Description);
        Assert.Equal("• Who pays for the rockets? (×3)", embeds[2].Description);
    }

    [Fact]
    public void A_digest_where_nothing_changed_says_so_in_the_header()
    {
        var digest = new Digest("Weekly", DateTimeOffset.UnixEpoch, [new BriefingDigest("A", "a.txt", [], null, true)], []);

        var message = Assert.Single(DigestEmbeds.Render(digest));

        Assert.EndsWith("nothing changed since the last digest", message.Content, StringComparison.Ordinal);
        Assert.Equal("No changes since the last digest.", Assert.Single(message.Embeds!).Description);
    }

    [Fact]
    public void A_large_digest_is_split_over_messages_within_every_limit()
    {
        var facts = Enumerable.Range(1, 400).Select(i => FakeDigestPreviewer.Fact($"Fact {i}: " + string.Join(' ', Enumerable.Repeat("detail", 20)))).ToList();
        var briefings = Enumerable.Range(1, 14).Select(i => new BriefingDigest($"Briefing {i}", $"b{i}.txt", i == 1 ? facts : [FakeDigestPreviewer.Fact("One fact.")], null, false)).ToList();
        var digest = new Digest("Big", DateTimeOffset.UnixEpoch, briefings, [.. Enumerable.Range(1, 50).Select(i => new UnansweredQuestion($"Question {i}?", i))]);

        var messages = DigestEmbeds.Render(digest);

        Assert.True(messages.Count > 1);
        Assert.NotNull(messages[0].Content);
        Assert.All(messages.Skip(1), m => Assert.Null(m.Content));
        Assert.All(messages, m =>
        {
            Assert.Same(AllowedMentions.None, m.AllowedMentions);
            Assert.InRange(m.Embeds!.Count, 1, DiscordLimits.EmbedsPerMessage);
            Assert.True(m.Embeds!.Sum(e => e.Length) <= DiscordLimits.EmbedsTotal);
            Assert.All(m.Embeds!, e => Assert.InRange(e.Description!.Length, 1, DiscordLimits.EmbedDescription));
            Assert.All(m.Embeds!, e => Assert.InRange(e.Title!.Length, 1, DiscordLimits.EmbedTitle));
        });
        var all = messages.SelectMany(m => m.Embeds!).ToList();
        Assert.Contains(all, e => e.Title == "Briefing 1 (continued)");
        Assert.Contains("Fact 400:", string.Concat(all.Select(e => e.Description)), StringComparison.Ordinal);
        Assert.Equal(14 + 1, all.Select(e => e.Title!.Replace(" (continued)", "", StringComparison.Ordinal)).Distinct().Count());
    }
}
