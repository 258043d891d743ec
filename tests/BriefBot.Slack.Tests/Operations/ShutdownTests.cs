using System.Net;
using System.Net.WebSockets;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Core.Operations;
using BriefBot.Slack.Replies;
using BriefBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Tests.Operations;

/// <summary>SIGTERM, as the host sees it: StopAsync with the shutdown timeout's token, against a Slack that is slow to accept replies.</summary>
public sealed class ShutdownTests : SlackHostTest
{
    private const int Finishing = 563;
    private const int LeftUndone = 564;
    private const int Replied = 1050;

    private int RepliesAccepted => Host.Logs.Count(e => e.Id.Id == Replied);

    private Task MentionAsync(string eventId, string ts) =>
        Sender.PostJsonAsync(SlackPayloads.Callback(eventId, SlackPayloads.Mention("Where do I park?", ts: ts)));

    [Fact]
    public async Task A_reply_in_flight_and_the_replies_queued_behind_it_are_posted_before_stop_returns()
    {
        await StartHostAsync();
        Slack.Hold("chat.postMessage");
        for (var i = 0; i < 6; i++)
        {
            await MentionAsync("EvQueued" + i, "1700000000.00010" + i);
        }

        // One channel, one lane: the first reply is in flight and five wait behind it, in order.
        await Wait.UntilAsync(() => Posts.Count == 1);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stopping = Host.StopAsync(timeout.Token);
        await Wait.UntilAsync(() => Host.Connection("http")!.State == ConnectionState.Stopped);
        Assert.False(stopping.IsCompleted);

        Slack.Release("chat.postMessage");
        await stopping;

        Assert.Equal(6, RepliesAccepted);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => "1700000000.00010" + i), Posts.Select(p => (string)p.Json["thread_ts"]!));
        Assert.DoesNotContain(Host.Logs, e => e.Id.Id == LeftUndone);
    }

    [Fact]
    public async Task Socket_mode_closes_the_socket_with_a_close_frame_first_then_finishes_the_reply_in_flight()
    {
        await StartHostAsync(SlackMode.SocketMode);
        var session = await Slack.NextSessionAsync();
        await session.SendHelloAsync();
        Slack.Hold("chat.postMessage");
        await session.SendAsync(SlackPayloads.Envelope("env-1", "events_api", SlackPayloads.Callback("EvFlight", SlackPayloads.Mention("Where do I park?"))));
        Assert.NotNull(await session.ReceiveAsync());
        await Wait.UntilAsync(() => Posts.Count == 1);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stopping = Host.StopAsync(timeout.Token);

        await session.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, session.CloseStatus);
        Assert.False(stopping.IsCompleted);
        Assert.Equal(0, RepliesAccepted);

        Slack.Release("chat.postMessage");
        await stopping;
        Assert.Equal(1, RepliesAccepted);
        Assert.Equal(ConnectionState.Stopped, Host.Connection("slack.socket-mode")!.State);
    }

    [Fact]
    public async Task A_slash_command_answer_still_being_worked_out_is_posted_to_its_response_url()
    {
        var answerer = await StartWithSlowAnswererAsync();
        (await SlashCommandPastItsDeadlineAsync()).Dispose();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stopping = Host.StopAsync(timeout.Token);

        // Once the pipeline says it is finishing its job, stopping waits on the answer, which waits on the test.
        await Wait.UntilAsync(() => Host.Logs.Any(e => e.Id.Id == Finishing));
        Assert.False(stopping.IsCompleted);
        answerer.Release();
        await stopping;

        Assert.Contains("It took a while.", (string)Assert.Single(Slack.CallsTo("response_url")).Json["text"]!);
    }

    [Fact]
    public async Task Socket_mode_acks_a_slash_command_in_hand_before_closing_and_answers_it_after()
    {
        var answerer = await StartWithSlowAnswererAsync(SlackMode.SocketMode);
        var session = await Slack.NextSessionAsync();
        await session.SendHelloAsync();
        await session.SendAsync(SlackPayloads.Envelope("env-cmd", "slash_commands", SlackPayloads.SlashCommandJson("slow?", Slack.ResponseUrl("slow"))));
        await answerer.Asked.WaitAsync(TimeSpan.FromSeconds(10));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stopping = Host.StopAsync(timeout.Token);

        // The ack arriving at all proves the socket was still open: after its close frame a client sends nothing.
        var ack = session.ReceiveAsync();
        await Wait.UntilAsync(() => ack.IsCompleted, Host.Time, TimeSpan.FromMilliseconds(500));
        Assert.Contains("Looking that up", (string)(await ack)!["payload"]!["text"]!);
        await session.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, session.CloseStatus);

        answerer.Release();
        await stopping;
        Assert.Contains("It took a while.", (string)Assert.Single(Slack.CallsTo("response_url")).Json["text"]!);
    }

    [Fact]
    public async Task A_reply_still_running_when_the_shutdown_timeout_expires_is_abandoned_and_said_so()
    {
        await StartHostAsync();
        Slack.Hold("chat.postMessage");
        await MentionAsync("EvStuck", "1700000000.000900");
        await Wait.UntilAsync(() => Posts.Count == 1);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Host.StopAsync(timeout.Token).WaitAsync(TimeSpan.FromSeconds(10));

        var left = Assert.Single(Host.Logs, e => e.Id.Id == LeftUndone);
        Assert.Equal(LogLevel.Warning, left.Level);
        Assert.Equal("The shutdown timeout ran out with 1 running and 0 queued slack job(s); abandoning them", left.Message);
        Assert.Equal(0, RepliesAccepted);
    }

    [Fact]
    public async Task A_question_arriving_after_the_queue_closed_is_refused_so_slack_retries_it_at_another_replica()
    {
        await StartHostAsync();
        await Host.Services.GetRequiredService<ReplyPipeline<SlackJob>>().DrainAsync();

        var body = SlackPayloads.Callback("EvLate", SlackPayloads.Mention("Where do I park?"));
        using var question = await Sender.PostJsonAsync(body);
        using var retry = await Sender.PostJsonAsync(body, retryNum: 1);
        using var chatter = await Sender.PostJsonAsync(SlackPayloads.Callback("EvChatter", SlackPayloads.Message("lunch?", "CRANDOM", "channel")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, question.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chatter.StatusCode);
        Assert.Empty(Host.Metrics.Duplicates.GetMeasurementSnapshot());
    }
}
