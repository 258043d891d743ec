using BriefBot.Discord.Tests.Fakes;

namespace BriefBot.Discord.Tests.Rest;

/// <summary>Discord's rate limits against the fake REST API: every reply is delivered exactly once.</summary>
public sealed class RateLimitTests
{
    private static readonly string Messages = $"channels/{DiscordTestHost.ChannelId}/messages";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task A_429_is_waited_out_by_its_retry_after_then_delivered_exactly_once()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", Messages, FakeResponse.RateLimited(2.5));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "q?"));

        var first = await host.Rest.WaitForAsync("POST", Messages);
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", Messages).Count == 2, Step, TimeSpan.FromSeconds(5), "the retry");

        // Times on the fake clock: not retried before retry_after, however slowly the test ran.
        var second = host.Rest.Where("POST", Messages)[1];
        Assert.True(second.At - first.At >= TimeSpan.FromSeconds(2.5), $"retried after {second.At - first.At}");
        Assert.Equal(first.Body, second.Body);
        await host.SentinelAsync(connection, 3);
        Assert.Equal(2, host.RepliesTo("600000000000000001").Count);
        Assert.Single(host.Answerer.Questions, q => q.Text == "q?");
        Assert.True(host.Logged(Microsoft.Extensions.Logging.LogLevel.Warning, "Rate limited on POST /api/v10/channels/{id}/messages"));
    }

    [Fact]
    public async Task A_global_429_with_only_a_retry_after_header_pauses_then_delivers()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", Messages, new FakeResponse(429, "", new Dictionary<string, string> { ["Retry-After"] = "3", ["X-RateLimit-Global"] = "true" }));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "q?"));

        var first = await host.Rest.WaitForAsync("POST", Messages);
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", Messages).Count == 2, Step, TimeSpan.FromSeconds(5), "the retry");
        Assert.True(host.Rest.Where("POST", Messages)[1].At - first.At >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task An_exhausted_bucket_holds_the_next_request_until_it_resets()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", Messages, new FakeResponse(200, """{"id":"1"}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "4.0",
            ["X-RateLimit-Bucket"] = "abcd1234",
        }));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "one?"));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Mention("600000000000000002", "two?"));

        var first = await host.Rest.WaitForAsync("POST", Messages);
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", Messages).Count == 2, Step, TimeSpan.FromSeconds(6), "the held request");

        // Times on the fake clock: held until the bucket's reset, however slowly the test ran.
        Assert.True(host.Rest.Where("POST", Messages)[1].At - first.At >= TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task A_transient_server_error_is_retried_with_backoff()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", Messages, new FakeResponse(502, "<html>Bad Gateway</html>"));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "q?"));

        await host.Rest.WaitForAsync("POST", Messages);
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", Messages).Count == 2, Step, TimeSpan.FromSeconds(3), "the retry");
        await host.SentinelAsync(connection, 3);
        Assert.Equal(2, host.RepliesTo("600000000000000001").Count);
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", Messages, new FakeResponse(403, """{"message":"Missing Permissions","code":50013}"""));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "q?"));

        await host.Rest.WaitForAsync("POST", Messages);
        await Wait.UntilAsync(() => host.Logged(Microsoft.Extensions.Logging.LogLevel.Warning, "50013 Missing Permissions"), "the refusal to be logged");
        await host.SentinelAsync(connection, 3);
        Assert.Single(host.RepliesTo("600000000000000001"));
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_and_the_reply_delivered()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", Messages, new FakeResponse(FakeResponse.Dropped));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", "q?"));

        var first = await host.Rest.WaitForAsync("POST", Messages);
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", Messages).Count == 2, Step, TimeSpan.FromSeconds(3), "the retry");
        Assert.Equal(first.Json.GetProperty("nonce").GetString(), host.Rest.Where("POST", Messages)[1].Json.GetProperty("nonce").GetString());
    }

    [Fact]
    public async Task The_limiter_forgets_routes_it_no_longer_needs()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var limiter = new BriefBot.Discord.Rest.RestRateLimiter(time);
        for (var i = 0; i < 3_000; i++)
        {
            var route = BriefBot.Discord.Rest.RestRoute.For(HttpMethod.Post, new Uri($"https://discord.com/api/v10/interactions/{900000000000000000 + i}/token-{i}/callback"));
            using (await limiter.EnterAsync(route, CancellationToken.None))
            {
                using var response = new HttpResponseMessage(System.Net.HttpStatusCode.NoContent);
                response.Headers.Add("X-RateLimit-Bucket", "callback");
                response.Headers.Add("X-RateLimit-Remaining", "0");
                response.Headers.Add("X-RateLimit-Reset-After", "1");
                limiter.Update(route, response);
            }

            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.InRange(limiter.Tracked, 1, 3 * 1_001);
    }
}
