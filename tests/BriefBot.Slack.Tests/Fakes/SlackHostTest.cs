using BriefBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>A test against a fresh <see cref="FakeSlack"/> and one adapter host that each test starts as it needs; both are disposed after it.</summary>
public abstract class SlackHostTest : IAsyncLifetime
{
    private SlackTestHost? host;

    protected HttpClient Http { get; } = new();

    protected FakeSlack Slack { get; private set; } = null!;

    protected SlackTestHost Host => host ?? throw new InvalidOperationException("The test has not started a host.");

    /// <summary>Signs requests to the host's /slack/events as Slack would.</summary>
    protected SlackRequestSender Sender => Host.Sender(Http);

    /// <summary>Replies posted, not counting those to <see cref="SentinelAsync(string, SlackTestHost?)"/>'s questions.</summary>
    protected IReadOnlyList<ApiCall> Posts => [.. Slack.CallsTo("chat.postMessage").Where(p => !IsSentinel(p))];

    private const string SentinelTs = "1799999999.";

    private int sentinels;

    /// <summary>
    /// Asks a question in <paramref name="channel"/> and waits for its reply. Jobs of one channel run in order, so once
    /// it is answered every job queued before it in that channel is done: what did not happen by then will not.
    /// </summary>
    protected async Task SentinelAsync(string channel = "CGENERAL", SlackTestHost? replica = null)
    {
        var (ts, callback) = NextSentinel(channel);
        using var response = await (replica ?? Host).Sender(Http).PostJsonAsync(callback);
        await RepliedAsync(ts);
    }

    /// <summary>The same in Socket Mode: the question comes over <paramref name="session"/>, whose ack it leaves unread.</summary>
    protected async Task SentinelAsync(FakeSocketSession session, string channel = "CGENERAL")
    {
        var (ts, callback) = NextSentinel(channel);
        await session.SendAsync(SlackPayloads.Envelope("env-sentinel-" + ts, "events_api", callback));
        await RepliedAsync(ts);
    }

    private (string Ts, string Callback) NextSentinel(string channel)
    {
        var ts = SentinelTs + Interlocked.Increment(ref sentinels).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        return (ts, SlackPayloads.Callback("EvSentinel" + ts, SlackPayloads.Mention("Where do I park?", channel: channel, ts: ts)));
    }

    private Task RepliedAsync(string ts) =>
        Wait.UntilAsync(() => Slack.CallsTo("chat.postMessage").Any(p => (string?)p.Json["thread_ts"] == ts));

    private static bool IsSentinel(ApiCall post) =>
        post.Body.Contains("\"thread_ts\":\"" + SentinelTs, StringComparison.Ordinal);

    public virtual async Task InitializeAsync() => Slack = await FakeSlack.StartAsync();

    public virtual async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await Slack.DisposeAsync();
        Http.Dispose();
    }

    protected async Task<SlackTestHost> StartHostAsync(SlackMode mode = SlackMode.Http, Action<IServiceCollection>? services = null)
    {
        // One host per test: a second would leave the first running past the test.
        Assert.Null(host);
        host = await SlackTestHost.StartAsync(Slack, mode, services: services);
        return host;
    }

    /// <summary>Starts the host with an answerer that answers only when the test releases it.</summary>
    protected async Task<SlowAnswerer> StartWithSlowAnswererAsync(SlackMode mode = SlackMode.Http)
    {
        var answerer = new SlowAnswerer();
        await StartHostAsync(mode, s => s.AddSingleton<IAnswerer>(answerer));
        return answerer;
    }

    /// <summary>Sends <c>/brief slow?</c> over HTTP and advances the fake clock until its ack (the holding note) comes back.</summary>
    protected async Task<HttpResponseMessage> SlashCommandPastItsDeadlineAsync()
    {
        var pending = Sender.PostFormAsync(SlackRequestSender.Form(SlackPayloads.SlashCommand("slow?", Slack.ResponseUrl("slow"))));
        await Wait.UntilAsync(() => pending.IsCompleted, Host.Time, TimeSpan.FromMilliseconds(500));
        return await pending;
    }
}
