using BriefBot.Slack.Events;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Slack.Tests.Events;

public class RecentEventsTests
{
    [Fact]
    public void Claims_a_key_once()
    {
        var recent = new RecentEvents(new FakeTimeProvider());
        Assert.True(recent.TryClaim("event:Ev1", "message:C1:1.1"));
        Assert.False(recent.TryClaim("event:Ev1", "message:C1:1.1"));
        Assert.False(recent.TryClaim("event:Ev2", "message:C1:1.1"));
        Assert.True(recent.TryClaim("event:Ev3", "message:C1:1.2"));
    }

    [Fact]
    public void Forgets_after_the_window()
    {
        var time = new FakeTimeProvider();
        var recent = new RecentEvents(time);
        Assert.True(recent.TryClaim("event:Ev1"));
        time.Advance(RecentEvents.Window + TimeSpan.FromSeconds(1));
        Assert.True(recent.TryClaim("event:Ev1"));
        Assert.Equal(1, recent.Count);
    }

    [Fact]
    public void Stays_bounded_under_a_flood()
    {
        var recent = new RecentEvents(new FakeTimeProvider());
        for (var i = 0; i < RecentEvents.Capacity + 500; i++)
        {
            Assert.True(recent.TryClaim($"event:Ev{i}"));
        }

        Assert.Equal(RecentEvents.Capacity, recent.Count);
        Assert.False(recent.TryClaim($"event:Ev{RecentEvents.Capacity + 499}"));
    }
}
