using BriefBot.Core.Digests;
using BriefBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Discord.Tests.Interactions;

/// <summary>Interactions that arrive over the Gateway, answered through the callback endpoint.</summary>
public sealed class GatewayInteractionTests
{
    private const string InteractionId = "900000000000000001";
    private const string Token = "interaction-token-1";
    private static readonly string Callback = $"interactions/{InteractionId}/{Token}/callback";

    [Fact]
    public async Task The_slash_command_is_answered_with_an_embed_and_feedback_buttons()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command(InteractionId, Token, "What weapons can Ukraine use?"));

        var callback = (await host.Rest.WaitForAsync("POST", Callback)).Json;
        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        var data = callback.GetProperty("data");
        Assert.Equal("{\"parse\":[]}", data.GetProperty("allowed_mentions").GetRawText());
        Assert.False(data.TryGetProperty("flags", out _));
        Assert.Contains("HIMARS", data.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        var buttons = data.GetProperty("components")[0].GetProperty("components");
        Assert.Equal($"briefbot-feedback:yes:{FakeAnswerer.EntryId}", buttons[0].GetProperty("custom_id").GetString());
        Assert.Equal($"briefbot-feedback:no:{FakeAnswerer.EntryId}", buttons[1].GetProperty("custom_id").GetString());
        var question = Assert.Single(host.Answerer.Questions);
        Assert.Equal(("What weapons can Ukraine use?", "discord", DiscordTestHost.ChannelId, DiscordTestHost.UserId), (question.Text, question.Platform, question.Channel, question.User));
    }

    [Fact]
    public async Task A_failing_callback_is_retried_only_while_discord_would_still_take_it_then_said_so_once()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Rest.Enqueue("POST", Callback, [.. Enumerable.Repeat(new FakeResponse(500, "{}"), 5)]);
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command(InteractionId, Token, "What weapons can Ukraine use?"));

        await host.Rest.WaitForAsync("POST", Callback);
        await host.Time.AdvanceUntilAsync(
            () => host.Logged(Microsoft.Extensions.Logging.LogLevel.Warning, "could not reach Discord within an interaction's 3 seconds"),
            TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), "the retries to stop");

        // Retried, but not five times over 15 s as other routes are: with backoffs of 0.5-1, 1-2 and 2-4 s, two or three attempts fit 3 s.
        Assert.InRange(host.Rest.Where("POST", Callback).Count, 2, 4);
        Assert.Single(host.Logs, e => e.Message.Contains("within an interaction's 3 seconds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Autocomplete_returns_at_most_25_choices_of_at_most_100_characters()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Answerer.Complete = (_, max) => [.. Enumerable.Range(1, max + 10).Select(i => i == 1 ? "Why " + string.Join(' ', Enumerable.Repeat("exactly", 30)) + "?" : $"Question {i}?")];
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Autocomplete(InteractionId, Token, "weap"));

        var callback = (await host.Rest.WaitForAsync("POST", Callback)).Json;
        Assert.Equal(8, callback.GetProperty("type").GetInt32());
        var choices = callback.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100));
        Assert.All(choices, c => Assert.InRange(c.GetProperty("value").GetString()!.Length, 1, 100));
        Assert.EndsWith("…", choices[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("weap", Assert.Single(host.Answerer.Completions));
    }

    [Fact]
    public async Task A_feedback_click_is_recorded_and_acknowledged_only_to_the_clicker()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Button(InteractionId, Token, $"briefbot-feedback:no:{FakeAnswerer.EntryId}"));

        var callback = (await host.Rest.WaitForAsync("POST", Callback)).Json;
        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("{\"parse\":[]}", callback.GetProperty("data").GetProperty("allowed_mentions").GetRawText());
        var feedback = Assert.Single(host.Answerer.Feedback);
        Assert.Equal((FakeAnswerer.EntryId, false, "discord", DiscordTestHost.ChannelId, DiscordTestHost.UserId), (feedback.EntryId, feedback.Helpful, feedback.Platform, feedback.Channel, feedback.User));
    }

    [Fact]
    public async Task Digest_previews_the_channel_digest_to_the_asker_only()
    {
        var previewer = new FakeDigestPreviewer();
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IDigestPreviewer>(previewer));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command(InteractionId, Token, "digest"));

        var data = (await host.Rest.WaitForAsync("POST", Callback)).Json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal("Ukraine strike authorization", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(("discord", DiscordTestHost.ChannelId), Assert.Single(previewer.Previews));
        Assert.Empty(host.Answerer.Questions);
    }

    [Fact]
    public async Task Digest_without_digests_configured_says_so()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command(InteractionId, Token, "Digest"));

        var data = (await host.Rest.WaitForAsync("POST", Callback)).Json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("No digests are configured", data.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_explains_the_command_to_the_asker_only()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command(InteractionId, Token, "help"));

        var data = (await host.Rest.WaitForAsync("POST", Callback)).Json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("/brief question: digest", data.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_within_the_deadline_then_filled_in()
    {
        var previewer = new FakeDigestPreviewer { Slow = true, Digest = FakeDigestPreviewer.Sample(facts: 60) };
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IDigestPreviewer>(previewer));
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Command(InteractionId, Token, "digest"));

        await Wait.UntilAsync(() => previewer.Previews.Count == 1, "the preview to start");
        var start = host.Time.GetUtcNow();
        await host.Time.AdvanceUntilAsync(() => host.Rest.Where("POST", Callback).Count == 1, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3), "the deferred response");
        Assert.True(host.Time.GetUtcNow() - start <= TimeSpan.FromSeconds(2.5));
        var deferred = host.Rest.Where("POST", Callback)[0].Json;
        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        Assert.Equal(64, deferred.GetProperty("data").GetProperty("flags").GetInt32());

        previewer.Gate.SetResult();
        var edit = await host.Rest.WaitForAsync("PATCH", $"webhooks/{DiscordTestHost.ApplicationId}/{Token}/messages/@original");
        Assert.Equal("{\"parse\":[]}", edit.Json.GetProperty("allowed_mentions").GetRawText());
        Assert.NotEmpty(edit.Json.GetProperty("embeds").EnumerateArray());
        // Sixty facts do not fit one message: the rest follow as ephemeral follow-ups.
        var followUp = await host.Rest.WaitForAsync("POST", $"webhooks/{DiscordTestHost.ApplicationId}/{Token}");
        Assert.Equal(64, followUp.Json.GetProperty("flags").GetInt32());
        Assert.Equal("{\"parse\":[]}", followUp.Json.GetProperty("allowed_mentions").GetRawText());
    }
}
