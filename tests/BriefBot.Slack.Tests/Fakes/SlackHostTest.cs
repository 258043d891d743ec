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

    protected IReadOnlyList<ApiCall> Posts => Slack.CallsTo("chat.postMessage");

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
}
