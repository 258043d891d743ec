using BriefBot.Slack.Tests.Fakes;

namespace BriefBot.Slack.Tests.Replies;

/// <summary>
/// Slack limits chat.postMessage per channel: a 429 in one channel holds that channel's replies only. The fake clock
/// stands still until the other channel's reply is in, so that reply cannot have waited out the Retry-After.
/// </summary>
public sealed class PerChannelRateLimitTests : SlackHostTest
{
    [Fact]
    public async Task A_429_in_one_channel_does_not_delay_a_reply_in_another()
    {
        await StartHostAsync();
        Slack.Script("chat.postMessage", "CSLOW", FakeResponse.RateLimited(5));
        var start = Host.Time.GetUtcNow();

        await Sender.PostJsonAsync(SlackPayloads.Callback("EvSlow", SlackPayloads.Mention("Where do I park?", channel: "CSLOW", ts: "1700000000.000101")));
        await Wait.UntilAsync(() => PostsIn("CSLOW") == 1);
        await Sender.PostJsonAsync(SlackPayloads.Callback("EvOther", SlackPayloads.Mention("Where do I park?", channel: "CGENERAL", ts: "1700000000.000102")));

        await Wait.UntilAsync(() => PostsIn("CGENERAL") == 1);
        Assert.Equal(start, Host.Time.GetUtcNow());
        Assert.Equal(1, PostsIn("CSLOW"));

        // The rate-limited reply still goes out, once its own Retry-After has passed.
        await Wait.UntilAsync(() => PostsIn("CSLOW") == 2, Host.Time, TimeSpan.FromMilliseconds(250));
        Assert.True(Host.Time.GetUtcNow() - start >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Replies_in_one_channel_keep_their_order_behind_its_429()
    {
        await StartHostAsync();
        Slack.Script("chat.postMessage", "CSLOW", FakeResponse.RateLimited(2));
        await Sender.PostJsonAsync(SlackPayloads.Callback("EvFirst", SlackPayloads.Mention("Where do I park?", channel: "CSLOW", ts: "1700000000.000201")));
        await Sender.PostJsonAsync(SlackPayloads.Callback("EvSecond", SlackPayloads.Mention("Where do I park?", channel: "CSLOW", ts: "1700000000.000202")));

        await Wait.UntilAsync(() => PostsIn("CSLOW") == 3, Host.Time, TimeSpan.FromMilliseconds(250));
        Assert.Equal(
            ["1700000000.000201", "1700000000.000201", "1700000000.000202"],
            Posts.Select(p => (string)p.Json["thread_ts"]!));
    }

    private int PostsIn(string channel) => Posts.Count(p => (string?)p.Json["channel"] == channel);
}
