using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Discord.Rest;
using BriefBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Discord.Tests;

public sealed class DiscordChatAdapterTests
{
    [Fact]
    public async Task Posts_a_digest_as_embeds_split_over_messages_each_sent_once()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var adapter = Adapter(host);
        var facts = Enumerable.Range(1, 200).Select(i => FakeDigestPreviewer.Fact($"Fact {i} " + new string('x', 60))).ToList();
        var digest = FakeDigestPreviewer.Sample() with { Briefings = [new BriefingDigest("Long", "long.txt", facts, null, false)] };

        Assert.Equal("discord", adapter.Platform);
        await adapter.PostDigestAsync(DiscordTestHost.ChannelId, digest, CancellationToken.None);

        var posts = host.Rest.Where("POST", $"channels/{DiscordTestHost.ChannelId}/messages");
        Assert.True(posts.Count > 1);
        Assert.All(posts, p => Assert.Equal("{\"parse\":[]}", p.Json.GetProperty("allowed_mentions").GetRawText()));
        Assert.All(posts, p => Assert.True(p.Json.GetProperty("enforce_nonce").GetBoolean()));
        Assert.Equal(posts.Count, posts.Select(p => p.Json.GetProperty("nonce").GetString()).Distinct().Count());
        Assert.Equal("Long", posts[0].Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_refused_digest_throws()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", "channels/", new FakeResponse(403, """{"message":"Missing Access","code":50001}"""));

        await Assert.ThrowsAsync<DiscordDeliveryException>(() => Adapter(host).PostDigestAsync(DiscordTestHost.ChannelId, FakeDigestPreviewer.Sample(), CancellationToken.None));
    }

    [Fact]
    public async Task A_channel_that_is_not_a_discord_id_is_refused()
    {
        await using var host = await DiscordTestHost.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Adapter(host).PostDigestAsync("#general", FakeDigestPreviewer.Sample(), CancellationToken.None));
    }

    private static IChatAdapter Adapter(DiscordTestHost host) =>
        host.Host.Services.GetServices<IChatAdapter>().Single(a => a.Platform == "discord");
}
