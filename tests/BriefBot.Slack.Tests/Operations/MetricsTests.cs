using BriefBot.Slack.Commands;
using BriefBot.Slack.Tests.Fakes;

namespace BriefBot.Slack.Tests.Operations;

/// <summary>What an operator's dashboard gets from the adapter: reply latency, platform errors by kind, rate-limit waits, duplicates.</summary>
public sealed class MetricsTests : SlackHostTest
{
    [Fact]
    public async Task A_reply_is_timed_from_the_events_arrival_through_a_rate_limit_wait()
    {
        await StartHostAsync();
        Slack.Script("chat.postMessage", FakeResponse.RateLimited(3));

        await Sender.PostJsonAsync(SlackPayloads.Callback("EvTimed", SlackPayloads.Mention("Where do I park?")));
        await Wait.UntilAsync(() => Host.Metrics.RateLimitWaits.GetMeasurementSnapshot().Count == 1);
        await Wait.UntilAsync(() => Posts.Count == 2, Host.Time, TimeSpan.FromMilliseconds(100));
        await Wait.UntilAsync(() => Host.Metrics.ReplyDurations.GetMeasurementSnapshot().Count == 1);

        var wait = Assert.Single(Host.Metrics.RateLimitWaitDurations.GetMeasurementSnapshot());
        Assert.Equal(3, wait.Value);
        Assert.Equal("slack", wait.Tags["platform"]);
        Assert.Single(Host.Metrics.RateLimitWaits.GetMeasurementSnapshot());
        var reply = Assert.Single(Host.Metrics.ReplyDurations.GetMeasurementSnapshot());

        // The fake clock has stood still since the retry was posted: the reply is timed from the event's arrival
        // to Slack taking the reply, the whole rate-limit wait included.
        Assert.Equal((Host.Time.GetUtcNow() - SlackTestHost.StartTime).TotalSeconds, reply.Value, 6);
        Assert.True(reply.Value >= 3);
        Assert.Equal("slack", reply.Tags["platform"]);
        Assert.Empty(Host.Metrics.ErrorKinds);
    }

    [Fact]
    public async Task A_reply_slack_refuses_is_an_api_error_and_not_a_reply()
    {
        await StartHostAsync();
        Slack.Script("chat.postMessage", FakeResponse.Error("channel_not_found"));

        await Sender.PostJsonAsync(SlackPayloads.Callback("EvRefused", SlackPayloads.Mention("Where do I park?")));

        await Wait.UntilAsync(() => Host.Metrics.ErrorKinds.Count == 1);
        Assert.Equal(["api_error"], Host.Metrics.ErrorKinds);
        await SentinelAsync();
        // The sentinel's post reaches Slack before its duration is recorded; a refused reply counted as a reply would
        // have been recorded before it, in the same lane.
        await Wait.UntilAsync(() => Host.Metrics.ReplyDurations.GetMeasurementSnapshot().Count >= 1);
        Assert.Single(Host.Metrics.ReplyDurations.GetMeasurementSnapshot()); // the sentinel's own
    }

    [Fact]
    public async Task Each_5xx_answer_counts_as_an_error_even_when_a_retry_succeeds()
    {
        await StartHostAsync();
        Slack.Script("chat.postMessage", FakeResponse.ServerError(), FakeResponse.ServerError());

        await Sender.PostJsonAsync(SlackPayloads.Callback("Ev5xx", SlackPayloads.Mention("Where do I park?")));

        await Wait.UntilAsync(() => Host.Metrics.ReplyDurations.GetMeasurementSnapshot().Count == 1, Host.Time);
        Assert.Equal(["http_5xx", "http_5xx"], Host.Metrics.ErrorKinds);
    }

    [Fact]
    public async Task A_response_url_that_refuses_the_thanks_is_an_http_4xx()
    {
        await StartHostAsync();
        Slack.Script("response_url", new FakeResponse(404, "no_response_url"));

        await Sender.PostFormAsync(SlackRequestSender.Form(("payload", SlackPayloads.BlockActions("briefbot_helpful", "fact-x", Slack.ResponseUrl("gone")))));

        await Wait.UntilAsync(() => Host.Metrics.ErrorKinds.Count == 1);
        Assert.Equal(["http_4xx"], Host.Metrics.ErrorKinds);
    }

    [Fact]
    public async Task Every_redelivery_dropped_is_counted_as_a_duplicate()
    {
        await StartHostAsync();
        var body = SlackPayloads.Callback("EvDup", SlackPayloads.Mention("Where do I park?"));

        await Sender.PostJsonAsync(body);
        await Sender.PostJsonAsync(body, retryNum: 1);
        await Sender.PostJsonAsync(body, retryNum: 2);

        await Wait.UntilAsync(() => Posts.Count == 1);
        var duplicates = Host.Metrics.Duplicates.GetMeasurementSnapshot();
        Assert.Equal(2, duplicates.Count);
        Assert.All(duplicates, d => Assert.Equal("slack", d.Tags["platform"]));
    }

    [Fact]
    public async Task A_slash_command_answered_in_its_response_is_one_reply()
    {
        await StartHostAsync();

        using var response = await Sender.PostFormAsync(SlackRequestSender.Form(SlackPayloads.SlashCommand("where do I park?", Slack.ResponseUrl("fast"))));

        response.EnsureSuccessStatusCode();
        var reply = Assert.Single(Host.Metrics.ReplyDurations.GetMeasurementSnapshot());
        Assert.InRange(reply.Value, 0, SlashCommandHandler.Deadline.TotalSeconds);
    }

    [Fact]
    public async Task A_slash_command_that_missed_its_ack_is_timed_to_its_response_url_post_not_the_holding_note()
    {
        var answerer = await StartWithSlowAnswererAsync();

        (await SlashCommandPastItsDeadlineAsync()).Dispose();
        Assert.Empty(Host.Metrics.ReplyDurations.GetMeasurementSnapshot());

        Host.Time.Advance(TimeSpan.FromSeconds(4));
        answerer.Release();

        await Wait.UntilAsync(() => Host.Metrics.ReplyDurations.GetMeasurementSnapshot().Count == 1);
        Assert.Single(Slack.CallsTo("response_url"));
        Assert.True(Host.Metrics.ReplyDurations.GetMeasurementSnapshot()[0].Value >= SlashCommandHandler.Deadline.TotalSeconds + 4);
    }

    [Fact]
    public async Task A_dropped_socket_is_a_socket_error_and_a_requested_reconnect_is_none()
    {
        await StartHostAsync(SlackMode.SocketMode);
        var first = await Slack.NextSessionAsync();
        await first.SendHelloAsync();
        await first.SendDisconnectAsync("refresh_requested");
        var second = await Slack.NextSessionAsync();
        await second.SendHelloAsync();

        // Greeted on the second connection: the client has finished with the first, whose end is all counted.
        await Wait.UntilAsync(() => Host.Logs.Count(e => e.Id.Id == 1070) == 2);
        Assert.Empty(Host.Metrics.ErrorKinds);

        second.Abort();

        await Wait.UntilAsync(() => Host.Metrics.ErrorKinds.Count == 1);
        Assert.Equal(["socket"], Host.Metrics.ErrorKinds);
    }
}
