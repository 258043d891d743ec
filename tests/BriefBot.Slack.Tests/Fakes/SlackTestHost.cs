using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Operations;
using BriefBot.Testing;
using BriefBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>
/// The real adapter in a real host container, as the BriefBot host wires it (AddBriefBotCore, then AddBriefBotSlack),
/// talking to a <see cref="FakeSlack"/>, on a <see cref="FakeTimeProvider"/>, with the test knowledge served.
/// </summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    /// <summary>Where every host's fake clock starts.</summary>
    public static readonly DateTimeOffset StartTime = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly IHost host;
    private readonly FakeLogCollector logs;
    private bool stopped;

    private SlackTestHost(IHost host, FakeSlack slack, FakeTimeProvider time, RecordingQuestionLog questions)
    {
        this.host = host;
        Slack = slack;
        Time = time;
        Questions = questions;
        logs = host.Services.GetFakeLogCollector();
        Metrics = new HostMeters(host.Services);
    }

    public FakeSlack Slack { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>Every log record of the host so far, stamped with the fake clock's time.</summary>
    public IReadOnlyList<FakeLogRecord> Logs => logs.GetSnapshot();

    public RecordingQuestionLog Questions { get; }

    /// <summary>What the host's BriefBot meter recorded since before it started.</summary>
    public HostMeters Metrics { get; }

    /// <summary>The state the host's readiness sees for one connection.</summary>
    public ConnectionStatus? Connection(string name) =>
        Services.GetRequiredService<ConnectionBoard>().Snapshot().SingleOrDefault(c => c.Name == name);

    public IServiceProvider Services => host.Services;

    public Uri EventsUrl => new(Services.GetRequiredService<WebServer>().Addresses[0], "/slack/events");

    /// <summary>The configuration every test host starts from; a test adds to it or overrides it.</summary>
    public static Dictionary<string, string?> Configuration(FakeSlack slack, SlackMode mode) => new()
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["Slack:Enabled"] = "true",
        ["Slack:Mode"] = mode.ToString(),
        ["Slack:BotToken"] = "xoxb-fakebot",
        ["Slack:AppToken"] = "xapp-fake",
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:ApiBaseUrl"] = slack.ApiBase.ToString(),
        ["Slack:Channels:0"] = "CQUESTIONS",
        ["Matching:Semantic"] = "false", // These tests assert the adapter, with lexical replies that need no model.
    };

    public static async Task<SlackTestHost> StartAsync(
        FakeSlack slack,
        SlackMode mode = SlackMode.Http,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var time = new FakeTimeProvider(StartTime);
        var questions = new RecordingQuestionLog();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        var configuration = Configuration(slack, mode);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders().AddFakeLogging(o => o.TimeProvider = time).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IQuestionLog>(questions);
        builder.Services.AddMetrics();
        builder.Services.AddBriefBotCore();
        services?.Invoke(builder.Services);
        Assert.True(builder.AddBriefBotSlack());

        var host = builder.Build();
        host.Services.GetRequiredService<KnowledgeSource>().Serve(TestKnowledge.Build());
        var started = new SlackTestHost(host, slack, time, questions);
        await host.StartAsync();
        return started;
    }

    public SlackRequestSender Sender(HttpClient http) => new(http, EventsUrl, SigningSecret, Time);

    /// <summary>Stops the host as SIGTERM would; <paramref name="shutdownTimeout"/> stands for the host's shutdown timeout.</summary>
    public Task StopAsync(CancellationToken shutdownTimeout)
    {
        stopped = true;
        return host.StopAsync(shutdownTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopped)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await StopAsync(timeout.Token);
        }

        host.Dispose();
        Metrics.Dispose();
    }
}
