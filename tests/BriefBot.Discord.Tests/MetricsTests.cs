using BriefBot.Discord.Tests.Fakes;
using BriefBot.Discord.Tests.Gateway;

namespace BriefBot.Discord.Tests;

/// <summary>What the "BriefBot" meter shows an operator of the Discord adapter: reply durations, errors by kind, rate-limit waits.</summary>
[Collection(FatalGatewayCollection.Name)]
public sealed class MetricsTests
{
    private static readonly string Messages = $"channels/{DiscordTestHost.ChannelId}/messages";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Reply_duration_runs_from_the_message_arriving_to_Discord_accepting_the_reply()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var release = new TaskCompletionSource();
        host.Rest.Hold("POST", Messages, release.Task);
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "q?"));

        await host.Rest.WaitForAsync("POST", Messages);
        host.Time.Advance(TimeSpan.FromSeconds(3));

        // Nothing yet while Discord holds the request: a reply timed before it was sent would show here already.
        Assert.Empty(host.Metrics.ReplyDurations.GetMeasurementSnapshot());
        release.SetResult();

        await Wait.UntilAsync(() => host.Metrics.ReplyDurations.GetMeasurementSnapshot().Count == 1, "the reply duration");
        var reply = Assert.Single(host.Metrics.ReplyDurations.GetMeasurementSnapshot());
        Assert.Equal(3.0, reply.Value, 3);
        Assert.Equal("discord", reply.Tags["platform"]);
    }

    [Fact]
    public async Task A_slash_command_answer_counts_as_a_reply_and_autocomplete_and_clicks_do_not()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Autocomplete("900000000000000001", "interaction-token-1", "weap"));
        await connection.DispatchAsync("INTERACTION_CREATE", 3, DiscordEvents.Button("900000000000000002", "interaction-token-2", $"briefbot-feedback:yes:{FakeAnswerer.EntryId}"));
        await connection.DispatchAsync("INTERACTION_CREATE", 4, DiscordEvents.Command("900000000000000003", "interaction-token-3", "What weapons?"));

        await host.Rest.WaitForAsync("POST", "interactions/900000000000000001/");
        await host.Rest.WaitForAsync("POST", "interactions/900000000000000002/");
        await host.Rest.WaitForAsync("POST", "interactions/900000000000000003/");

        // All three were taken (each has answered Discord); with none left in the pipeline, all are done with.
        await Wait.UntilAsync(() => host.PendingJobs == 0, "the interaction jobs to end");
        Assert.Equal("discord", Assert.Single(host.Metrics.ReplyDurations.GetMeasurementSnapshot()).Tags["platform"]);
    }

    [Theory]
    [InlineData(403, "http_4xx")]
    [InlineData(404, "http_4xx")]
    [InlineData(503, "http_5xx")]
    [InlineData(FakeResponse.Dropped, "network")]
    public async Task A_failed_reply_is_counted_once_by_kind(int status, string kind)
    {
        await using var host = await DiscordTestHost.StartAsync();
        // Past the retries for transient failures: the call fails for good.
        host.Rest.Enqueue("POST", Messages, [.. Enumerable.Repeat(new FakeResponse(status, """{"message":"nope","code":50013}"""), 10)]);
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "q?"));

        await host.Time.AdvanceUntilAsync(() => host.Metrics.Errors.GetMeasurementSnapshot().Count > 0, Step, TimeSpan.FromSeconds(30), "the error to be counted");
        await host.Time.AdvanceUntilAsync(() => host.PendingJobs == 0, Step, TimeSpan.FromSeconds(30), "the reply job to end");
        var error = Assert.Single(host.Metrics.Errors.GetMeasurementSnapshot());
        Assert.Equal((kind, "discord"), ((string?)error.Tags["kind"], (string?)error.Tags["platform"]));
        Assert.Empty(host.Metrics.ReplyDurations.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Every_rate_limit_wait_is_counted_with_its_length()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", Messages, FakeResponse.RateLimited(1.5), new FakeResponse(200, """{"id":"1"}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "4.0",
            ["X-RateLimit-Bucket"] = "fake-bucket",
        }));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "one?"));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Mention("600000000000000002", "two?"));

        await host.Rest.WaitForAsync("POST", Messages);
        var waits = () => host.Metrics.RateLimitWaitDurations.GetMeasurementSnapshot();
        await Wait.UntilAsync(() => waits().Count == 1, "the 429 wait");
        Assert.Equal(1.5, waits()[0].Value, 3);
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", Messages).Count == 3, Step, TimeSpan.FromSeconds(10), "both replies");

        Assert.Equal(2, waits().Count);
        Assert.Equal(4.0, waits()[1].Value, 3);
        Assert.Equal(2, host.Metrics.RateLimitWaits.GetMeasurementSnapshot().Count);
        Assert.Empty(host.Metrics.Errors.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Gateway_failures_are_counted_and_an_asked_for_reconnect_is_not()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.SendAsync(new { op = 7, d = (object?)null });
        var resumed = await host.Discord.Gateway.NextConnectionAsync();
        await resumed.SendHelloAsync();
        await resumed.ExpectAsync(6);
        await resumed.CloseAsync(4000, "unknown error");

        await Wait.UntilAsync(() => host.Metrics.Errors.GetMeasurementSnapshot().Count > 0, "the close to be counted");

        // Reconnected after the close: everything before it, the asked-for reconnect included, is counted by now.
        await host.Time.AdvanceUntilAsync(() => host.Discord.Gateway.Waiting > 0, Step, TimeSpan.FromSeconds(5), "the reconnect");
        Assert.Equal("gateway_close", Assert.Single(host.Metrics.Errors.GetMeasurementSnapshot()).Tags["kind"]);
    }

    [Fact]
    public async Task A_fatal_close_is_counted_as_gateway_fatal()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.CloseAsync(4004, "Authentication failed.");

        await Wait.UntilAsync(() => host.Metrics.Errors.GetMeasurementSnapshot().Count > 0, "the close to be counted");
        Assert.Equal("gateway_fatal", Assert.Single(host.Metrics.Errors.GetMeasurementSnapshot()).Tags["kind"]);
    }
}
