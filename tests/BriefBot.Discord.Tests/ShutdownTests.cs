using System.Text.Json;
using BriefBot.Core.Digests;
using BriefBot.Core.Operations;
using BriefBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Tests;

/// <summary>
/// SIGTERM during a rolling deployment: the bot stops taking questions at once (the Gateway session ends with 1000),
/// finishes the replies it has, and abandons them only when the host's shutdown timeout runs out.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task A_reply_in_flight_and_one_queued_are_both_posted_after_the_gateway_closed_with_1000()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var slowDiscord = new TaskCompletionSource();
        host.Rest.Hold("POST", "channels/", slowDiscord.Task);
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "first?"));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Mention("600000000000000002", "second?"));
        await host.Rest.WaitForAsync("POST", "channels/");
        await Wait.UntilAsync(() => host.Answerer.Questions.Count == 1, "the first reply to be in flight");

        var stopping = host.StopAsync(TimeSpan.FromSeconds(15));

        // The Gateway closes first; only then does the pipeline begin to drain, with both replies still to do.
        Assert.Equal(1000, await connection.ClosedByBot);
        await Wait.UntilAsync(() => host.Logged(LogLevel.Information, "finishing 2 discord job(s) first"), "the drain to begin");
        Assert.False(stopping.IsCompleted);
        slowDiscord.SetResult();
        await stopping;
        Assert.Equal(
            ["600000000000000001", "600000000000000002"],
            host.Rest.Where("POST", "channels/").Select(r => r.Json.GetProperty("message_reference").GetProperty("message_id").GetString()));
        // A reply duration is recorded only once Discord accepted the reply.
        Assert.Equal(2, host.Metrics.ReplyDurations.GetMeasurementSnapshot().Count);
        Assert.False(host.Logged(LogLevel.Warning, "abandoning"));
        Assert.Equal(ConnectionState.Stopped, host.Gateway.State);
        Assert.Equal(1, host.Discord.Gateway.ConnectionCount);
    }

    [Fact]
    public async Task A_deferred_slash_command_still_computing_at_stop_is_filled_in()
    {
        var previewer = new FakeDigestPreviewer { Slow = true };
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IDigestPreviewer>(previewer));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command("900000000000000001", "interaction-token-1", "digest"));
        await Wait.UntilAsync(() => previewer.Previews.Count == 1, "the preview to start");
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", "interactions/").Count == 1, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3), "the deferred response");
        Assert.Equal(5, host.Rest.Where("POST", "interactions/")[0].Json.GetProperty("type").GetInt32());

        var stopping = host.StopAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(1000, await connection.ClosedByBot);
        previewer.Gate.SetResult();
        await stopping;

        var edit = Assert.Single(host.Rest.Where("PATCH", $"webhooks/{DiscordTestHost.ApplicationId}/interaction-token-1/messages/@original"));
        Assert.Equal("Ukraine strike authorization", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    /// <param name="deferredBeforeStop">
    /// True: the response was deferred before stopping began. False: stopping began with the request in progress, and
    /// its answer was deferred only afterwards, while the web server was finishing its requests.
    /// </param>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_deferred_answer_to_an_http_interaction_still_computing_at_stop_is_filled_in(bool deferredBeforeStop)
    {
        using var signer = new InteractionSigner();
        using var http = new HttpClient();
        var previewer = new FakeDigestPreviewer { Slow = true };
        await using var host = await DiscordTestHost.StartAsync(s => s["Discord:PublicKey"] = signer.PublicKeyHex, s => s.AddSingleton<IDigestPreviewer>(previewer));
        await host.ConnectAsync();
        var pending = signer.PostAsync(http, host, JsonSerializer.Serialize(DiscordEvents.Command("900000000000000001", "interaction-token-1", "digest")));
        await Wait.UntilAsync(() => previewer.Previews.Count == 1, "the preview to start");
        var address = host.WebAddress;
        if (deferredBeforeStop)
        {
            await host.Time.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3), "the deferred response");
        }

        var stopping = host.StopAsync(TimeSpan.FromSeconds(15));
        await Wait.UntilAsync(() => !Listening(address), "the web server to stop listening");
        await host.Time.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3), "the deferred response");
        using var deferred = await pending;
        Assert.Equal(5, JsonDocument.Parse(await deferred.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        await Wait.UntilAsync(() => host.Logged(LogLevel.Information, "finishing 1 discord job(s) first"), "the drain to begin with the follow-up");
        Assert.False(stopping.IsCompleted);

        previewer.Gate.SetResult();
        await stopping;

        Assert.Single(host.Rest.Where("PATCH", $"webhooks/{DiscordTestHost.ApplicationId}/interaction-token-1/messages/@original"));
        Assert.False(host.Logged(LogLevel.Warning, "follow-up could not be queued"));
    }

    private static bool Listening(Uri address)
    {
        using var probe = new System.Net.Sockets.TcpClient();
        try
        {
            probe.Connect(address.Host, address.Port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Replies_still_unfinished_when_the_shutdown_timeout_runs_out_are_abandoned_and_counted_in_the_log()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Hold("POST", "channels/", new TaskCompletionSource().Task);
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "first?"));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Mention("600000000000000002", "second?"));
        await host.Rest.WaitForAsync("POST", "channels/");

        await host.StopAsync(TimeSpan.FromSeconds(1));

        Assert.True(host.Logged(LogLevel.Warning, "The shutdown timeout ran out with 1 running and 1 queued discord job(s); abandoning them"));
        Assert.Single(host.Rest.Where("POST", "channels/"));
        Assert.Empty(host.Metrics.ReplyDurations.GetMeasurementSnapshot());
        Assert.Equal(ConnectionState.Stopped, host.Gateway.State);
    }
}
