using System.Text.Json.Nodes;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.SocketMode;
using BriefBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Tests.SocketMode;

/// <summary>The real adapter in Socket Mode against a scripted fake Socket Mode server on loopback.</summary>
public sealed class SocketModeClientTests : SlackHostTest
{
    private async Task<FakeSocketSession> ConnectAsync()
    {
        await StartHostAsync(SlackMode.SocketMode);
        var session = await Slack.NextSessionAsync();
        await session.SendHelloAsync();
        return session;
    }

    private static async Task<JsonNode> AckAsync(FakeSocketSession session, string envelopeId)
    {
        var ack = await session.ReceiveAsync();
        Assert.NotNull(ack);
        Assert.Equal(envelopeId, (string)ack["envelope_id"]!);
        return ack;
    }

    /// <summary>Waits for the Socket Mode client's run to end: after that nothing can open another connection.</summary>
    private Task ClientEndedAsync()
    {
        var client = Host.Services.GetServices<IHostedService>().OfType<SocketModeHostedService>().Single();
        return Wait.UntilAsync(() => client.ExecuteTask?.IsCompleted == true);
    }

    [Fact]
    public async Task Opens_the_connection_with_the_app_token_acks_an_event_and_answers_it()
    {
        var session = await ConnectAsync();
        Assert.Equal("Bearer xapp-fake", Assert.Single(Slack.CallsTo("apps.connections.open")).Authorization);

        await session.SendAsync(SlackPayloads.Envelope("env-1", "events_api", SlackPayloads.Callback("Ev1", SlackPayloads.Mention("Where do I park?"))));

        var ack = await AckAsync(session, "env-1");
        Assert.Null(ack["payload"]);
        await Wait.UntilAsync(() => Posts.Count == 1);
        Assert.Equal("Bearer xoxb-fakebot", Posts[0].Authorization);
        Assert.Equal(SlackPayloads.Ts, (string)Posts[0].Json["thread_ts"]!);
    }

    [Fact]
    public async Task A_retry_attempt_of_the_same_event_is_acked_but_not_answered_again()
    {
        var session = await ConnectAsync();
        var callback = SlackPayloads.Callback("EvSame", SlackPayloads.Mention("Where do I park?"));

        await session.SendAsync(SlackPayloads.Envelope("env-1", "events_api", callback));
        await AckAsync(session, "env-1");
        await session.SendAsync(SlackPayloads.Envelope("env-2", "events_api", callback, retry: 1));
        await AckAsync(session, "env-2");

        await Wait.UntilAsync(() => Posts.Count >= 1);
        await SentinelAsync(session);
        Assert.Single(Posts);
    }

    [Fact]
    public async Task A_slash_command_is_answered_in_its_ack_payload()
    {
        var session = await ConnectAsync();
        await session.SendAsync(SlackPayloads.Envelope("env-cmd", "slash_commands", SlackPayloads.SlashCommandJson("where do I park?", Slack.ResponseUrl("sm"))));

        var ack = await AckAsync(session, "env-cmd");
        var reply = ack["payload"]!;
        Assert.Equal("ephemeral", (string)reply["response_type"]!);
        Assert.Contains(BlockJson.Texts(reply), t => t.StartsWith(">Parking is in the underground garage", StringComparison.Ordinal));
        Assert.Empty(Posts);
    }

    [Fact]
    public async Task A_feedback_click_is_acked_and_recorded()
    {
        var session = await ConnectAsync();
        await session.SendAsync(SlackPayloads.Envelope("env-click", "interactive", SlackPayloads.BlockActions(FeedbackActions.NotHelpful, "fact-x", Slack.ResponseUrl("click"))));

        await AckAsync(session, "env-click");
        await Wait.UntilAsync(() => Host.Questions.Feedback.Count == 1 && Slack.CallsTo("response_url").Count == 1);
        Assert.False(Host.Questions.Feedback[0].Helpful);
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    public async Task Reconnects_through_a_fresh_connections_open_when_slack_asks(string reason)
    {
        var first = await ConnectAsync();
        await first.SendDisconnectAsync(reason);

        var second = await Slack.NextSessionAsync();
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, Slack.CallsTo("apps.connections.open").Count);

        await second.SendHelloAsync();
        await second.SendAsync(SlackPayloads.Envelope("env-2", "events_api", SlackPayloads.Callback("Ev2", SlackPayloads.Mention("Where do I park?"))));
        await AckAsync(second, "env-2");
        await Wait.UntilAsync(() => Posts.Count == 1);
    }

    [Fact]
    public async Task Reconnects_after_a_backoff_when_the_socket_drops()
    {
        var first = await ConnectAsync();
        first.Abort();

        await Wait.UntilAsync(() => Host.Logs.Any(e => e.Id.Id == 1076));
        var reconnecting = Host.Logs.Single(e => e.Id.Id == 1076);
        var backoff = TimeSpan.FromSeconds(double.Parse(reconnecting.GetStructuredStateValue("Seconds")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(backoff > TimeSpan.Zero);

        var second = await Slack.NextSessionAfterBackoffAsync(Host.Time, TimeSpan.FromSeconds(1));
        Assert.Equal(2, Slack.CallsTo("apps.connections.open").Count);
        await second.SendHelloAsync();
        await second.SendAsync(SlackPayloads.Envelope("env-3", "events_api", SlackPayloads.Callback("Ev3", SlackPayloads.Mention("Where do I park?"))));
        await AckAsync(second, "env-3");

        // On the fake clock: connected again no sooner than the backoff it announced, however slowly the test ran.
        var connected = Host.Logs.Last(e => e.Id.Id == 1070);
        Assert.True(connected.Timestamp - reconnecting.Timestamp >= backoff - TimeSpan.FromMilliseconds(1), $"reconnected {connected.Timestamp - reconnecting.Timestamp} after the drop");
    }

    [Fact]
    public async Task Stops_on_link_disabled_with_a_clear_message_and_no_loop()
    {
        var session = await ConnectAsync();
        await session.SendDisconnectAsync("link_disabled");

        await Wait.UntilAsync(() => Host.Logs.Any(e => e.Id.Id == 1072));
        await session.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        var stop = Host.Logs.Single(e => e.Id.Id == 1072);
        Assert.Equal(LogLevel.Error, stop.Level);
        Assert.Contains("link_disabled", stop.Message);

        await ClientEndedAsync();
        Host.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Single(Slack.CallsTo("apps.connections.open"));
    }

    [Fact]
    public async Task Stops_when_slack_refuses_the_app_token()
    {
        Slack.Script("apps.connections.open", FakeResponse.Error("invalid_auth"));
        await StartHostAsync(SlackMode.SocketMode);

        await Wait.UntilAsync(() => Host.Logs.Any(e => e.Id.Id == 1073));
        await ClientEndedAsync();
        Host.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Single(Slack.CallsTo("apps.connections.open"));
        Assert.Contains("Slack:AppToken", Host.Logs.Single(e => e.Id.Id == 1073).Message);
    }

    [Fact]
    public async Task A_frame_or_envelope_that_fails_is_logged_and_the_connection_goes_on()
    {
        var session = await ConnectAsync();
        await session.SendAsync("this is not json");
        await session.SendAsync(SlackPayloads.Envelope("env-bad", "events_api", """{"type":"event_callback","event_id":"EvBad","event":"not an event"}"""));
        await AckAsync(session, "env-bad");

        await session.SendAsync(SlackPayloads.Envelope("env-good", "events_api", SlackPayloads.Callback("EvGood", SlackPayloads.Mention("Where do I park?"))));
        await AckAsync(session, "env-good");
        await Wait.UntilAsync(() => Posts.Count == 1);

        // Both are unreadable JSON, logged by where they broke, never by what they said.
        Assert.Equal(2, Host.Logs.Count(e => e.Id.Id == 1078));
        Assert.DoesNotContain(Host.Logs, e => e.Message.Contains("not an event", StringComparison.Ordinal) || e.Message.Contains("not json", StringComparison.Ordinal));
        Assert.Single(Slack.CallsTo("apps.connections.open"));
    }
}
