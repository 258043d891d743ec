using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Digests;

public sealed class DigestBuilderTests
{
    private const string Office = "Office Move\nThe team moves to the new office on March 3.\nDetails\n- Desks are assigned by team.\n- Parking passes are issued on March 1.\nThe old office closes on March 31.\n";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static KnowledgeBase Knowledge(params (string File, string Text)[] files) =>
        KnowledgeBuilder.Build([.. files.Select(f => BriefingParser.Parse(f.Text, f.File).Briefing!)], [], []);

    [Fact]
    public void A_channels_first_digest_lists_the_lead_then_the_bullets_with_their_sources()
    {
        var (digest, facts) = DigestBuilder.Build("morning", Now, Knowledge(("office.txt", Office)), null, [], 10);

        var briefing = Assert.Single(digest.Briefings);
        Assert.Equal("Office Move", briefing.Title);
        Assert.Equal(["The team moves to the new office on March 3.", "Desks are assigned by team.", "Parking passes are issued on March 1."], briefing.KeyFacts.Select(f => f.Text));
        Assert.Equal("Details", briefing.KeyFacts[1].Source.Section);
        Assert.Null(briefing.Changes);
        Assert.Equal(4, facts.Count);
    }

    [Fact]
    public void Nothing_changed_is_said_in_one_line_instead_of_repeating_everything()
    {
        var knowledge = Knowledge(("office.txt", Office));
        var (_, facts) = DigestBuilder.Build("morning", Now, knowledge, null, [], 10);

        var (digest, _) = DigestBuilder.Build("morning", Now.AddDays(1), knowledge, facts, [], 10);

        var briefing = Assert.Single(digest.Briefings);
        Assert.True(briefing.Unchanged);
        Assert.Empty(briefing.KeyFacts);
        Assert.True(digest.NothingChanged);
    }

    [Fact]
    public void What_changed_quotes_new_reworded_and_removed_facts()
    {
        var (_, before) = DigestBuilder.Build("morning", Now, Knowledge(("office.txt", Office)), null, [], 10);
        var edited = Office
            .Replace("March 3.", "March 10.", StringComparison.Ordinal)
            .Replace("The old office closes on March 31.\n", "Visitors sign in at the front desk.\n", StringComparison.Ordinal);

        var (digest, _) = DigestBuilder.Build("morning", Now.AddDays(1), Knowledge(("office.txt", edited)), before, [], 10);

        var changes = Assert.Single(digest.Briefings).Changes!;
        var changed = Assert.Single(changes.Changed);
        Assert.Equal("The team moves to the new office on March 3.", changed.Before.Text);
        Assert.Equal("The team moves to the new office on March 10.", changed.After.Text);
        Assert.Equal("Visitors sign in at the front desk.", Assert.Single(changes.Added).Text);
        Assert.Equal("The old office closes on March 31.", Assert.Single(changes.Removed).Text);
    }

    [Fact]
    public void A_deleted_briefing_shows_its_facts_as_removed_and_a_new_one_its_key_facts()
    {
        var (_, before) = DigestBuilder.Build("morning", Now, Knowledge(("office.txt", Office)), null, [], 10);

        var (digest, _) = DigestBuilder.Build("morning", Now.AddDays(1), Knowledge(("canteen.txt", "Canteen Hours\nThe canteen opens at 11:30.\n")), before, [], 2);

        Assert.Equal(["Canteen Hours", "Office Move"], digest.Briefings.Select(b => b.Title));
        Assert.Equal("The canteen opens at 11:30.", Assert.Single(digest.Briefings[0].KeyFacts).Text);
        Assert.Equal(2, digest.Briefings[1].Changes!.Removed.Count);
    }

    [Fact]
    public void Near_identical_unanswered_questions_are_counted_as_one()
    {
        var groups = QuestionGroups.Group(["whats the wifi password", "What's the Wi-Fi password?", "what's the wifi password??", "Where is the printer?"], 10);

        Assert.Equal(2, groups.Count);
        Assert.Equal(3, groups[0].Count);
        Assert.Equal(("Where is the printer?", 1), (groups[1].Question, groups[1].Count));
    }
}
