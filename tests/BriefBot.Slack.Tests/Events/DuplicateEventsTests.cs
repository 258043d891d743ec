using System.Net;
using BriefBot.Core.Chat;
using BriefBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Tests.Events;

/// <summary>Two replicas of the real adapter sharing one claims store (as they share PostgreSQL), behind one Slack app.</summary>
public sealed class DuplicateEventsTests : SlackHostTest
{
    private readonly MemoryEventClaims store = new();
    private SlackTestHost first = null!;
    private SlackTestHost second = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        first = await StartHostAsync(services: s => s.AddSingleton<IEventClaims>(store));
        second = await SlackTestHost.StartAsync(Slack, services: s => s.AddSingleton<IEventClaims>(store));
    }

    public override async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_retry_that_reaches_another_replica_is_not_answered_twice()
    {
        var body = SlackPayloads.Callback("EvBoth", SlackPayloads.Mention("Where do I park?"));

        await first.Sender(Http).PostJsonAsync(body);
        await Wait.UntilAsync(() => Posts.Count == 1);
        using var retry = await second.Sender(Http).PostJsonAsync(body, retryNum: 1);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await Wait.UntilAsync(() => second.Metrics.Duplicates.GetMeasurementSnapshot().Count == 1);
        await SentinelAsync(replica: second);
        Assert.Single(Posts);
    }

    [Fact]
    public async Task A_mention_arriving_as_two_events_at_two_replicas_is_answered_once()
    {
        await first.Sender(Http).PostJsonAsync(SlackPayloads.Callback("EvMention", SlackPayloads.Mention("Where do I park?", channel: "CQUESTIONS")));
        await second.Sender(Http).PostJsonAsync(SlackPayloads.Callback("EvMessage", SlackPayloads.Message($"<@{FakeSlack.BotUserId}> Where do I park?", "CQUESTIONS", "channel")));

        await Wait.UntilAsync(() => Posts.Count >= 1);
        await SentinelAsync("CQUESTIONS", first);
        await SentinelAsync("CQUESTIONS", second);
        Assert.Single(Posts);
    }

    [Fact]
    public async Task When_the_store_is_down_the_question_is_answered_anyway_with_a_warning()
    {
        var down = new UnavailableEventClaims();
        await using var replica = await SlackTestHost.StartAsync(Slack, services: s => s.AddSingleton<IEventClaims>(down));

        await replica.Sender(Http).PostJsonAsync(SlackPayloads.Callback("EvDown", SlackPayloads.Mention("Where do I park?")));

        await Wait.UntilAsync(() => Posts.Count == 1);
        Assert.Equal(1, down.Attempts);
        var warning = Assert.Single(replica.Logs, e => e.Id.Id == 566);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("EvDown", warning.Message);
    }

    [Fact]
    public async Task A_slow_store_does_not_delay_the_ack()
    {
        var slow = new SlowEventClaims();
        await using var replica = await SlackTestHost.StartAsync(Slack, services: s => s.AddSingleton<IEventClaims>(slow));

        using var response = await replica.Sender(Http).PostJsonAsync(SlackPayloads.Callback("EvSlowStore", SlackPayloads.Mention("Where do I park?")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Acked while the claim is still waiting on the store: the reply can only follow the claim.
        await slow.Claiming.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(Posts);
        slow.Release();
        await Wait.UntilAsync(() => Posts.Count == 1);
    }
}
