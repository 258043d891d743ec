using BriefBot.Discord.Tests.Fakes;

namespace BriefBot.Discord.Tests.Pipeline;

/// <summary>
/// Discord's buckets are per route and major parameter (the channel): a 429 in one channel holds that channel's
/// replies only. The fake clock never moves here, so a reply in another channel that arrives at all cannot have
/// waited out the first channel's retry_after.
/// </summary>
public sealed class PerChannelRateLimitTests
{
    private const string Slow = "400000000000000077";
    private static readonly string SlowMessages = $"channels/{Slow}/messages";
    private static readonly string OtherMessages = $"channels/{DiscordTestHost.ChannelId}/messages";

    [Fact]
    public async Task A_429_in_one_channel_does_not_delay_a_reply_in_another()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", SlowMessages, FakeResponse.RateLimited(5));
        var connection = await host.ConnectAsync();
        var start = host.Time.GetUtcNow();

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Message("600000000000000001", $"<@{DiscordTestHost.BotId}> first?", channelId: Slow, mentionsBot: true));
        await host.Rest.WaitForAsync("POST", SlowMessages);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Mention("600000000000000002", "second?"));

        var other = await host.Rest.WaitForAsync("POST", OtherMessages);
        Assert.Equal(start, other.At);
        Assert.Single(host.Rest.Where("POST", SlowMessages));

        // The rate-limited reply still goes out once its own retry_after has passed.
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", SlowMessages).Count == 2, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(6), "the retry");
        Assert.True(host.Rest.Where("POST", SlowMessages)[1].At - start >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Replies_in_one_channel_keep_their_order_behind_its_429()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", SlowMessages, FakeResponse.RateLimited(2));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Message("600000000000000001", $"<@{DiscordTestHost.BotId}> first?", channelId: Slow, mentionsBot: true));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Message("600000000000000002", $"<@{DiscordTestHost.BotId}> second?", channelId: Slow, mentionsBot: true));
        await host.Rest.WaitForAsync("POST", SlowMessages);

        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", SlowMessages).Count == 3, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(4), "both replies");
        Assert.Equal(
            ["600000000000000001", "600000000000000001", "600000000000000002"],
            host.Rest.Where("POST", SlowMessages).Select(r => r.Json.GetProperty("message_reference").GetProperty("message_id").GetString()));
    }
}
