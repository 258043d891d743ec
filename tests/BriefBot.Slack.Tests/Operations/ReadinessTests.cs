using BriefBot.Core.Operations;
using BriefBot.Slack.Tests.Fakes;

namespace BriefBot.Slack.Tests.Operations;

/// <summary>What the host's /readyz sees of Slack: the states the real adapter reports to the connection board.</summary>
public sealed class ReadinessTests : SlackHostTest
{
    private const string WebApi = "slack.web-api";
    private const string Socket = "slack.socket-mode";

    private ConnectionState? State(string name) => Host.Connection(name)?.State;

    private async Task<FakeSocketSession> StartSocketModeAsync()
    {
        await StartHostAsync(SlackMode.SocketMode);
        return await Slack.NextSessionAsync();
    }

    [Fact]
    public async Task Http_mode_is_ready_once_auth_test_succeeded_and_expects_no_socket()
    {
        await StartHostAsync();

        var webApi = Host.Connection(WebApi);
        Assert.NotNull(webApi);
        Assert.True(webApi.Ready);
        Assert.Equal("workspace Test Team", webApi.Detail);
        Assert.Null(Host.Connection(Socket));
    }

    [Fact]
    public async Task Slack_unreachable_at_start_is_not_ready_until_a_retried_auth_test_succeeds()
    {
        Slack.Script("auth.test", FakeResponse.Error("internal_error"), FakeResponse.Error("internal_error"));
        await StartHostAsync();
        Assert.Equal(ConnectionState.Starting, State(WebApi));

        await Wait.UntilAsync(() => State(WebApi) == ConnectionState.Connected, Host.Time, TimeSpan.FromMilliseconds(500));
        Assert.Equal(3, Slack.CallsTo("auth.test").Count);
    }

    [Fact]
    public async Task A_bot_token_revoked_while_running_fails_the_web_api()
    {
        await StartHostAsync();
        Slack.Script("chat.postMessage", FakeResponse.Error("token_revoked"));

        await Sender.PostJsonAsync(SlackPayloads.Callback("EvRevoked", SlackPayloads.Mention("Where do I park?")));

        await Wait.UntilAsync(() => State(WebApi) == ConnectionState.Failed);
        Assert.Equal("Slack refused Slack:BotToken (token_revoked)", Host.Connection(WebApi)!.Detail);
    }

    [Fact]
    public async Task Socket_mode_is_not_ready_before_hello_and_is_connected_after_it()
    {
        var session = await StartSocketModeAsync();
        Assert.Equal(ConnectionState.Connected, State(WebApi));
        Assert.Equal(ConnectionState.Starting, State(Socket));

        await session.SendHelloAsync();

        await Wait.UntilAsync(() => State(Socket) == ConnectionState.Connected);
    }

    [Fact]
    public async Task A_dropped_socket_is_reconnecting_until_the_next_hello()
    {
        var first = await StartSocketModeAsync();
        await first.SendHelloAsync();
        await Wait.UntilAsync(() => State(Socket) == ConnectionState.Connected);

        first.Abort();

        await Wait.UntilAsync(() => State(Socket) == ConnectionState.Reconnecting);
        var second = await Slack.NextSessionAfterBackoffAsync(Host.Time, TimeSpan.FromSeconds(1));
        Assert.Equal(ConnectionState.Reconnecting, State(Socket));
        await second.SendHelloAsync();
        await Wait.UntilAsync(() => State(Socket) == ConnectionState.Connected);
    }

    [Fact]
    public async Task A_disconnect_from_slack_is_reconnecting_with_its_reason()
    {
        var first = await StartSocketModeAsync();
        await first.SendHelloAsync();
        await Wait.UntilAsync(() => State(Socket) == ConnectionState.Connected);

        await first.SendDisconnectAsync("refresh_requested");

        var second = await Slack.NextSessionAsync();
        Assert.Equal(ConnectionState.Reconnecting, State(Socket));
        Assert.Contains("refresh_requested", Host.Connection(Socket)!.Detail);
        await second.SendHelloAsync();
        await Wait.UntilAsync(() => State(Socket) == ConnectionState.Connected);
    }

    [Fact]
    public async Task Link_disabled_fails_the_socket_for_good()
    {
        var session = await StartSocketModeAsync();
        await session.SendHelloAsync();
        await session.SendDisconnectAsync("link_disabled");

        await Wait.UntilAsync(() => State(Socket) == ConnectionState.Failed);
        Assert.Contains("link_disabled", Host.Connection(Socket)!.Detail);
    }

    [Fact]
    public async Task An_app_token_slack_refuses_fails_the_socket_naming_the_setting()
    {
        Slack.Script("apps.connections.open", FakeResponse.Error("invalid_auth"));
        await StartHostAsync(SlackMode.SocketMode);

        await Wait.UntilAsync(() => State(Socket) == ConnectionState.Failed);
        Assert.Equal("Slack refused Slack:AppToken (invalid_auth)", Host.Connection(Socket)!.Detail);
        Assert.Equal(ConnectionState.Connected, State(WebApi));
    }

    [Fact]
    public async Task The_socket_is_stopped_after_shutdown()
    {
        var session = await StartSocketModeAsync();
        await session.SendHelloAsync();
        await Wait.UntilAsync(() => State(Socket) == ConnectionState.Connected);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(timeout.Token);

        Assert.Equal(ConnectionState.Stopped, State(Socket));
    }
}
