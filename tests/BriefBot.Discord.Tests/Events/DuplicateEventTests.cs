using System.Net;
using System.Text.Json;
using BriefBot.Core.Chat;
using BriefBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Tests.Events;

/// <summary>Each message and interaction is answered once, even when Discord delivers it twice or to two processes.</summary>
public sealed class DuplicateEventTests
{
    private const string MessageId = "600000000000000001";

    [Fact]
    public async Task A_message_delivered_twice_is_answered_once_and_the_duplicate_counted()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        var message = DiscordEvents.Mention(MessageId, "q?");
        await connection.DispatchAsync("MESSAGE_CREATE", 2, message);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, message);
        await connection.DispatchAsync("MESSAGE_CREATE", 4, DiscordEvents.Mention("600000000000000002", "next?"));

        // The later message is the sentinel: one channel's replies run in order, so the duplicate between was handled.
        await host.Rest.WaitForAsync("POST", "channels/", count: 2);
        Assert.Equal([MessageId, "600000000000000002"], host.Rest.Where("POST", "channels/").Select(p => p.Json.GetProperty("message_reference").GetProperty("message_id").GetString()));
        Assert.Equal("discord", Assert.Single(host.Metrics.Duplicates.GetMeasurementSnapshot()).Tags["platform"]);
    }

    [Fact]
    public async Task Two_processes_holding_the_same_shard_answer_a_message_once()
    {
        var store = new FakeEventClaims();
        await using var discord = await FakeDiscord.StartAsync(TimeProvider.System);
        await using var old = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IEventClaims>(store), sharedDiscord: discord);
        var oldConnection = await old.ConnectAsync();
        await using var replacement = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IEventClaims>(store), sharedDiscord: discord);
        var newConnection = await replacement.ConnectAsync();

        var message = DiscordEvents.Mention(MessageId, "q?");
        await oldConnection.DispatchAsync("MESSAGE_CREATE", 2, message);
        await newConnection.DispatchAsync("MESSAGE_CREATE", 2, message);

        await discord.Rest.WaitForAsync("POST", "channels/");
        // Counted as a duplicate means that job is over without posting: no wait for what cannot come.
        await Wait.UntilAsync(() => old.Metrics.Duplicates.GetMeasurementSnapshot().Count + replacement.Metrics.Duplicates.GetMeasurementSnapshot().Count == 1, "the duplicate to be dropped");
        Assert.Single(discord.Rest.Where("POST", "channels/"));
    }

    [Fact]
    public async Task An_interaction_delivered_twice_is_answered_once()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        var command = DiscordEvents.Command("900000000000000001", "interaction-token-1", "What weapons?");
        await connection.DispatchAsync("INTERACTION_CREATE", 2, command);
        await connection.DispatchAsync("INTERACTION_CREATE", 3, command);

        await host.Rest.WaitForAsync("POST", "interactions/");
        // Counted as a duplicate means that job is over without responding.
        await Wait.UntilAsync(() => host.Metrics.Duplicates.GetMeasurementSnapshot().Count == 1, "the duplicate to be dropped");
        Assert.Single(host.Rest.Where("POST", "interactions/"));
        Assert.Single(host.Answerer.Questions);
    }

    [Fact]
    public async Task A_replayed_http_interaction_is_refused_and_not_answered_again()
    {
        using var signer = new InteractionSigner();
        using var http = new HttpClient();
        await using var host = await DiscordTestHost.StartAsync(s => s["Discord:PublicKey"] = signer.PublicKeyHex);
        var body = JsonSerializer.Serialize(DiscordEvents.Command("900000000000000001", "interaction-token-1", "What weapons?"));

        var first = await signer.PostAsync(http, host, body);
        var replay = await signer.PostAsync(http, host, body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Single(host.Answerer.Questions);
        Assert.Single(host.Metrics.Duplicates.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task When_the_store_is_down_the_message_is_answered_and_a_warning_logged()
    {
        var store = new FakeEventClaims { Down = true };
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IEventClaims>(store));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention(MessageId, "q?"));

        await host.Rest.WaitForAsync("POST", "channels/");
        Assert.True(host.Logged(LogLevel.Warning, $"Could not claim discord event {MessageId}"));
        Assert.Empty(host.Metrics.Duplicates.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task A_stuck_store_does_not_make_an_interaction_miss_discords_3_seconds()
    {
        var store = new FakeEventClaims { Stuck = true };
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IEventClaims>(store));
        var connection = await host.ConnectAsync();
        var arrived = host.Time.GetUtcNow();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command("900000000000000001", "interaction-token-1", "What weapons?"));

        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", "interactions/").Count == 1, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(3), "the interaction response");
        var callback = host.Rest.Where("POST", "interactions/")[0];
        Assert.True(callback.At - arrived < TimeSpan.FromSeconds(3), $"answered after {callback.At - arrived}");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.True(host.Logged(LogLevel.Warning, "Could not claim discord event 900000000000000001"));
    }
}
