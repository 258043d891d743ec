using BriefBot.Core.Operations;
using BriefBot.Discord.Tests.Fakes;

namespace BriefBot.Discord.Tests.Gateway;

/// <summary>What /readyz shows of the Gateway: the "discord.gateway" line of the connection board, through a session's life.</summary>
[Collection(FatalGatewayCollection.Name)]
public sealed class GatewayReadinessTests
{
    [Fact]
    public async Task Not_ready_until_READY_then_connected()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.Discord.Gateway.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ExpectAsync(2);

        Assert.Equal(ConnectionState.Starting, host.Gateway.State);
        Assert.False(host.Gateway.Ready);
        await connection.SendReadyAsync(1, host.Discord.ResumeUrl);
        await Wait.UntilAsync(() => host.Gateway.Ready, "the Gateway to be ready");
        Assert.Equal(ConnectionState.Connected, host.Gateway.State);
    }

    [Fact]
    public async Task Op_7_shows_reconnecting_until_RESUMED()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await Wait.UntilAsync(() => host.Gateway.Ready, "the Gateway to be ready");
        await connection.SendAsync(new { op = 7, d = (object?)null });

        var resumed = await host.Discord.Gateway.NextConnectionAsync();
        Assert.Equal(ConnectionState.Reconnecting, host.Gateway.State);
        Assert.Contains("op 7", host.Gateway.Detail, StringComparison.Ordinal);
        await resumed.SendHelloAsync();
        await resumed.ExpectAsync(6);
        Assert.False(host.Gateway.Ready);
        await resumed.DispatchAsync("RESUMED", 2, new { });
        await Wait.UntilAsync(() => host.Gateway.Ready, "the resumed session to be ready");
    }

    [Fact]
    public async Task A_drop_shows_reconnecting_with_the_close_code()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await Wait.UntilAsync(() => host.Gateway.Ready, "the Gateway to be ready");
        await connection.CloseAsync(4000, "unknown error");

        await Wait.UntilAsync(() => host.Gateway.State == ConnectionState.Reconnecting, "the Gateway to be reconnecting");
        Assert.Contains("4000", host.Gateway.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fatal_close_code_shows_failed_and_why()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.CloseAsync(4014, "Disallowed intent(s).");

        await Wait.UntilAsync(() => host.Gateway.State == ConnectionState.Failed, "the Gateway to fail");
        Assert.Contains("close code 4014", host.Gateway.Detail, StringComparison.Ordinal);
        Assert.Contains("MESSAGE CONTENT INTENT", host.Gateway.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.Token, host.Gateway.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_token_shows_failed_without_the_token()
    {
        await using var host = await DiscordTestHost.StartAsync(script: rest => rest.Enqueue("GET", "gateway/bot", new FakeResponse(401, """{"message":"401: Unauthorized","code":0}""")));

        await Wait.UntilAsync(() => host.Gateway.State == ConnectionState.Failed, "the Gateway to fail");
        Assert.Contains("Discord:BotToken", host.Gateway.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.Token, host.Gateway.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopped_after_the_host_stops()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.ConnectAsync();
        await Wait.UntilAsync(() => host.Gateway.Ready, "the Gateway to be ready");

        await host.StopAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ConnectionState.Stopped, host.Gateway.State);
    }

    [Fact]
    public async Task A_sharded_process_names_its_shard_in_the_detail()
    {
        await using var host = await DiscordTestHost.StartAsync(s => (s["Discord:ShardId"], s["Discord:ShardCount"]) = ("1", "2"));
        await host.ConnectAsync();

        await Wait.UntilAsync(() => host.Gateway.Ready, "the Gateway to be ready");
        Assert.StartsWith("shard 1 of 2", host.Gateway.Detail, StringComparison.Ordinal);
    }
}
