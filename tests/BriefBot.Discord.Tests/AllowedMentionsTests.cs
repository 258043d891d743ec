using System.Text.Json;
using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Discord.Tests;

/// <summary>
/// Mention injection: a question or knowledge full of <c>@everyone</c>, role and user mentions cannot ping anyone,
/// because every payload that creates or edits a message, of every kind the adapter sends, says
/// <c>allowed_mentions: {"parse":[]}</c>. PONG and autocomplete choices carry no message.
/// </summary>
public sealed class AllowedMentionsTests
{
    private const string Hostile = "@everyone @here <@&300000000000000009> <@500000000000000009> please read";

    [Fact]
    public async Task Every_message_payload_of_every_kind_pings_no_one()
    {
        var previewer = new FakeDigestPreviewer { Digest = Hostile_digest() };
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IDigestPreviewer>(previewer));
        host.Answerer.Reply = q => q.Text.Contains("abstain", StringComparison.Ordinal)
            ? Reply.Abstain(q.Text, 20, [Hostile])
            : FakeAnswerer.Answered(q.Text, Hostile, answer: Hostile + " (answer)");
        var connection = await host.ConnectAsync();

        // A channel reply (answered and abstaining), a slash command reply, help, a digest preview, feedback ack.
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", Hostile));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Mention("600000000000000002", "abstain " + Hostile));
        await connection.DispatchAsync("INTERACTION_CREATE", 4, DiscordEvents.Command("900000000000000001", "t1", Hostile));
        await connection.DispatchAsync("INTERACTION_CREATE", 5, DiscordEvents.Command("900000000000000002", "t2", "help"));
        await connection.DispatchAsync("INTERACTION_CREATE", 6, DiscordEvents.Command("900000000000000003", "t3", "digest"));
        await connection.DispatchAsync("INTERACTION_CREATE", 7, DiscordEvents.Button("900000000000000004", "t4", $"briefbot-feedback:yes:{FakeAnswerer.EntryId}"));
        await connection.DispatchAsync("INTERACTION_CREATE", 8, DiscordEvents.Autocomplete("900000000000000005", "t5", Hostile));
        await host.Rest.WaitForAsync("POST", "channels/", count: 2);
        await host.Rest.WaitForAsync("POST", "interactions/", count: 5);

        // A digest posted to a channel.
        var adapter = host.Host.Services.GetServices<IChatAdapter>().Single(a => a.Platform == "discord");
        await adapter.PostDigestAsync(DiscordTestHost.ChannelId, Hostile_digest(), CancellationToken.None);

        var sent = host.Rest.Requests.Where(r => r.Method is "POST" or "PATCH" && r.Body.Length > 0).ToList();
        Assert.Equal(2 + 5 + 1, sent.Count);
        foreach (var request in sent)
        {
            var payload = request.Json;
            if (request.Path.StartsWith("interactions/", StringComparison.Ordinal))
            {
                var type = payload.GetProperty("type").GetInt32();
                if (type == 8)
                {
                    Assert.False(payload.GetProperty("data").TryGetProperty("content", out _));
                    continue;
                }

                payload = payload.GetProperty("data");
            }

            AssertPingsNoOne(request.Path, payload);
        }

        Assert.Contains(sent, r => r.Body.Contains("@everyone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deferred_responses_and_their_follow_ups_ping_no_one()
    {
        var slow = new FakeDigestPreviewer { Slow = true, Digest = FakeDigestPreviewer.Sample(facts: 60) with { Name = Hostile } };
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IDigestPreviewer>(slow));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command("900000000000000001", "t1", "digest"));
        await Wait.UntilAsync(() => slow.Previews.Count == 1, "the preview to start");
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", "interactions/").Count == 1, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3), "the deferral");
        slow.Gate.SetResult();
        await host.Rest.WaitForAsync("PATCH", "webhooks/");
        await host.Rest.WaitForAsync("POST", "webhooks/");

        AssertPingsNoOne("deferred", host.Rest.Where("POST", "interactions/")[0].Json.GetProperty("data"));
        AssertPingsNoOne("edit", host.Rest.Where("PATCH", "webhooks/")[0].Json);
        Assert.All(host.Rest.Where("POST", "webhooks/"), r => AssertPingsNoOne("follow-up", r.Json));
    }

    private static void AssertPingsNoOne(string what, JsonElement message)
    {
        Assert.True(message.TryGetProperty("allowed_mentions", out var allowed), what + " has no allowed_mentions");
        Assert.Equal("{\"parse\":[]}", allowed.GetRawText());
    }

    private static Digest Hostile_digest() => FakeDigestPreviewer.Sample() with
    {
        Name = Hostile,
        Unanswered = [new UnansweredQuestion(Hostile, 2)],
    };
}
