using BriefBot.Core.Operations;
using BriefBot.Discord.Tests.Fakes;

namespace BriefBot.Discord.Tests.Gateway;

/// <summary>The Gateway lifecycle against a scripted fake Gateway: identify, heartbeats, resume, re-identify, fatal closes.</summary>
[Collection(FatalGatewayCollection.Name)]
public sealed class GatewayClientTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Identifies_with_token_intents_and_properties_at_the_url_from_gateway_bot()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.Discord.Gateway.NextConnectionAsync();
        await connection.SendHelloAsync();
        var identify = (await connection.ExpectAsync(2)).GetProperty("d");

        Assert.Single(host.Rest.Where("GET", "gateway/bot"));
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.StartsWith("DiscordBot (https://", connection.UserAgent, StringComparison.Ordinal);
        Assert.Equal(DiscordTestHost.Token, identify.GetProperty("token").GetString());
        Assert.Equal(1 + 512 + 4096 + 32768, identify.GetProperty("intents").GetInt32());
        var properties = identify.GetProperty("properties");
        Assert.Equal("BriefBot", properties.GetProperty("browser").GetString());
        Assert.Equal("BriefBot", properties.GetProperty("device").GetString());
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("os").GetString()));
        Assert.False(identify.TryGetProperty("shard", out _));
    }

    [Fact]
    public async Task Identify_carries_the_shard_when_sharded_and_a_configured_gateway_url_skips_gateway_bot()
    {
        await using var discordUrl = await FakeDiscord.StartAsync(TimeProvider.System);
        await using var host = await DiscordTestHost.StartAsync(s =>
        {
            s["Discord:ShardId"] = "1";
            s["Discord:ShardCount"] = "2";
            s["Discord:GatewayUrl"] = discordUrl.GatewayUrl;
        });
        var connection = await discordUrl.Gateway.NextConnectionAsync();
        await connection.SendHelloAsync();
        var identify = (await connection.ExpectAsync(2)).GetProperty("d");

        Assert.Equal([1, 2], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Empty(host.Rest.Where("GET", "gateway/bot"));
        Assert.Equal(0, host.Discord.Gateway.ConnectionCount);
    }

    [Fact]
    public async Task Heartbeats_carry_the_last_sequence_and_answer_a_server_request_at_once()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("GUILD_CREATE", 2, new { id = DiscordTestHost.GuildId });
        await connection.SendAsync(new { op = 1, d = (int?)null });

        var requested = await connection.ExpectAsync(1);
        Assert.Equal(2, requested.GetProperty("d").GetInt32());

        await connection.DispatchAsync("GUILD_CREATE", 3, new { id = "300000000000000002" });
        // A second request proves sequence 3 was read before the clock moves; otherwise the periodic heartbeat could
        // race the dispatch and the test would depend on thread timing.
        await connection.SendAsync(new { op = 1, d = (int?)null });
        Assert.Equal(3, (await connection.ExpectAsync(1)).GetProperty("d").GetInt32());
        await host.Time.AdvanceUntilAsync(() => connection.Count(1) >= 3, Second, TimeSpan.FromSeconds(46), "the first periodic heartbeat");
        var periodic = await connection.ExpectAsync(1);
        Assert.Equal(3, periodic.GetProperty("d").GetInt32());
    }

    [Fact]
    public async Task A_missed_heartbeat_ack_closes_the_connection_and_resumes_at_the_resume_url()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        connection.AutoAck = false;
        await connection.DispatchAsync("GUILD_CREATE", 5, new { id = DiscordTestHost.GuildId });

        await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, Second, TimeSpan.FromSeconds(100), "a new connection after the missed ACK");

        Assert.Equal(1, connection.Count(1));
        Assert.True(host.Logged(Microsoft.Extensions.Logging.LogLevel.Warning, "No heartbeat ACK"));
        var closeCode = await connection.ClosedByBot;
        Assert.NotNull(closeCode);
        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);
        var resumed = await host.Discord.Gateway.NextConnectionAsync();
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal("?v=10&encoding=json", resumed.Query);
        await resumed.SendHelloAsync();
        var resume = (await resumed.ExpectAsync(6)).GetProperty("d");
        Assert.Equal(DiscordTestHost.Token, resume.GetProperty("token").GetString());
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(5, resume.GetProperty("seq").GetInt32());
        Assert.Single(host.Rest.Where("GET", "gateway/bot"));
    }

    [Fact]
    public async Task A_dead_connection_that_never_answers_the_close_is_dropped_and_the_session_resumed()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("GUILD_CREATE", 2, new { id = DiscordTestHost.GuildId });
        connection.Freeze();

        // At most: the first beat (jittered within 45 s), the unACKed check 45 s later, then the 5 s close timeout.
        await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, Second, TimeSpan.FromSeconds(100), "a new connection after the dead one");

        var resumed = await host.Discord.Gateway.NextConnectionAsync();
        Assert.Equal("/resume", resumed.Path);
        await resumed.SendHelloAsync();
        var resume = (await resumed.ExpectAsync(6)).GetProperty("d");
        Assert.Equal(("session-1", 2), (resume.GetProperty("session_id").GetString(), resume.GetProperty("seq").GetInt32()));
    }

    [Fact]
    public async Task Op_7_reconnect_closes_without_ending_the_session_and_resumes()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("GUILD_CREATE", 2, new { id = DiscordTestHost.GuildId });
        await connection.SendAsync(new { op = 7, d = (object?)null });

        Assert.Equal(4000, await connection.ClosedByBot);
        var resumed = await host.Discord.Gateway.NextConnectionAsync();
        Assert.Equal("/resume", resumed.Path);
        await resumed.SendHelloAsync();
        var resume = (await resumed.ExpectAsync(6)).GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());

        // Discord replays what was missed, then RESUMED; the session goes on as before.
        await resumed.DispatchAsync("RESUMED", 3, new { });
        await resumed.DispatchAsync("MESSAGE_CREATE", 4, DiscordEvents.Mention("600000000000000001", "hello?"));
        await host.Rest.WaitForAsync("POST", "channels/");
    }

    [Fact]
    public async Task Op_9_not_resumable_identifies_anew_after_one_to_five_seconds()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        var start = host.Time.GetUtcNow();
        await connection.SendAsync(new { op = 9, d = false });

        await connection.ClosedByBot;
        await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(6), "the new connection");

        // On the fake clock, which only the test moves: a connection made at once would show 0 s here.
        var elapsed = host.Time.GetUtcNow() - start;
        Assert.InRange(elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5.5));

        var fresh = await host.Discord.Gateway.NextConnectionAsync();
        Assert.Equal("/gateway", fresh.Path);
        await fresh.SendHelloAsync();
        var identify = (await fresh.ExpectAsync(2)).GetProperty("d");
        Assert.Equal(DiscordTestHost.Token, identify.GetProperty("token").GetString());
        Assert.Equal(0, fresh.Count(6));
    }

    [Fact]
    public async Task Op_9_after_an_outage_identifies_after_discords_wait_not_the_backoff_the_outage_built_up()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.CloseAsync(4000, "outage");
        for (var i = 0; i < 4; i++)
        {
            // The Gateway is back only in name: each connection closes before the session resumes.
            await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(20), "a reconnect");
            connection = await host.Discord.Gateway.NextConnectionAsync();
            await connection.CloseAsync(4000, "still down");
        }

        await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(20), "the last reconnect");
        connection = await host.Discord.Gateway.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ExpectAsync(6);
        var start = host.Time.GetUtcNow();
        await connection.SendAsync(new { op = 9, d = false });
        await connection.ClosedByBot;

        await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(6), "the new session");
        Assert.InRange(host.Time.GetUtcNow() - start, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5.5));
        Assert.Equal("/gateway", (await host.Discord.Gateway.NextConnectionAsync()).Path);
    }

    [Fact]
    public async Task Op_9_resumable_resumes()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.SendAsync(new { op = 9, d = true });

        Assert.Equal(4000, await connection.ClosedByBot);
        var resumed = await host.Discord.Gateway.NextConnectionAsync();
        await resumed.SendHelloAsync();
        Assert.Equal(1, (await resumed.ExpectAsync(6)).GetProperty("d").GetProperty("seq").GetInt32());
    }

    [Fact]
    public async Task A_resumable_close_code_resumes_after_a_backoff()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.CloseAsync(4000, "unknown error");

        await connection.ClosedByBot;
        var closed = host.Time.GetUtcNow();
        await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2), "the reconnect");

        // On the fake clock, which only the test moves: at least the first backoff's fixed half, however slowly the test ran.
        Assert.True(host.Time.GetUtcNow() - closed >= Backoff.Reconnect.First / 2, $"reconnected {host.Time.GetUtcNow() - closed} after the close");
        var resumed = await host.Discord.Gateway.NextConnectionAsync();
        Assert.Equal("/resume", resumed.Path);
        await resumed.SendHelloAsync();
        await resumed.ExpectAsync(6);
    }

    [Fact]
    public async Task A_close_code_that_ends_the_session_identifies_anew()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.CloseAsync(4009, "session timed out");

        await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2), "the reconnect");
        var fresh = await host.Discord.Gateway.NextConnectionAsync();
        Assert.Equal("/gateway", fresh.Path);
        await fresh.SendHelloAsync();
        await fresh.ExpectAsync(2);
    }

    [Fact]
    public async Task Close_code_4004_stops_the_host_with_a_clear_message_and_never_reconnects()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.CloseAsync(4004, "Authentication failed.");

        await Wait.UntilAsync(() => host.Stopping, "the host to stop");
        Assert.True(host.Logged(Microsoft.Extensions.Logging.LogLevel.Critical, "Discord rejected the bot token (close code 4004"));
        Assert.Equal(1, Environment.ExitCode);
        await host.Time.AdvanceAsync(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(10));
        Assert.Equal(1, host.Discord.Gateway.ConnectionCount);
        Assert.Single(host.Rest.Where("GET", "gateway/bot"));
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Shard_version_and_intent_close_codes_are_fatal(int code)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.CloseAsync(code);

        await Wait.UntilAsync(() => host.Stopping, "the host to stop");
        Assert.True(host.Logged(Microsoft.Extensions.Logging.LogLevel.Critical, $"close code {code}"));
        Assert.Equal(1, host.Discord.Gateway.ConnectionCount);
    }

    [Fact]
    public async Task Stopping_the_host_closes_the_connection_with_1000()
    {
        var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await host.DisposeAsync();

        Assert.Equal(1000, await connection.ClosedByBot);
    }

    [Fact]
    public async Task When_gateway_bot_keeps_failing_the_client_backs_off_and_tries_again()
    {
        var unavailable = Enumerable.Repeat(new FakeResponse(503, "upstream"), 6).ToArray();
        await using var host = await DiscordTestHost.StartAsync(script: rest => rest.Enqueue("GET", "gateway/bot", unavailable));

        await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(2), "a connection once Discord answers");
        Assert.True(host.Rest.Where("GET", "gateway/bot").Count >= 2);
        Assert.False(host.Stopping);
    }
}
