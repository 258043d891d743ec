using BriefBot.Core.Knowledge;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>A small briefing built with BriefBot.Core's own parser and builder, including a sentence that tries to ping everyone.</summary>
public static class TestKnowledge
{
    public const string Briefing = """
        Office Move Briefing
        The Berlin office moves to Alexanderplatz 5 on 1 March 2026.
        Facilities
        - The new office opens at 08:00 on weekdays.
        - Every desk has a docking station & two monitors.
        - Fire alarm tests are announced to <!channel> by <@U0FIRE> the day before.
        Frequently Asked Questions
        When does the office move?
        The Berlin office moves to Alexanderplatz 5 on 1 March 2026.
        Where do I park?
        Parking is in the underground garage on level -2, reserved for cyclists and car sharing.
        """;

    public static KnowledgeBase Build()
    {
        var (briefing, problems) = BriefingParser.Parse(Briefing, "office-move.txt");
        Assert.Empty(problems);
        return KnowledgeBuilder.Build([briefing!], [], []);
    }
}
