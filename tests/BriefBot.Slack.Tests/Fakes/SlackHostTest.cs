using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>A test against a fresh <see cref="FakeSlack"/> and one adapter host that each test starts as it needs; both are disposed after it.</summary>
public abstract class SlackHostTest : IAsyncLifetime
{
    private SlackTestHost? host;

    protected HttpClient Http { get; } = new();

    protected FakeSlack Slack { get; private set; } = null!;

    protected SlackTestHost Host => host ?? throw new InvalidOperationException("The test has not started a host.");

    protected IReadOnlyList<ApiCall> Posts => Slack.CallsTo("chat.postMessage");

    public async Task InitializeAsync() => Slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync()
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
        host = await SlackTestHost.StartAsync(Slack, mode, services: services);
        return host;
    }
}
