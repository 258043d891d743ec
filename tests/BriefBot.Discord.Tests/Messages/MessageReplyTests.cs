using BriefBot.Discord.Tests.Fakes;

namespace BriefBot.Discord.Tests.Messages;

/// <summary>Questions in channel messages: which are answered, and how the reply goes out over REST.</summary>
public sealed class MessageReplyTests
{
    private const string MessageId = "600000000000000001";

    [Fact]
    public async Task A_mention_is_answered_as_a_reply_that_pings_no_one()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Message(MessageId, "<@100000000000000002> what weapons can Ukraine use?", mentionsBot: true));

        var post = await host.Rest.WaitForAsync("POST", $"channels/{DiscordTestHost.ChannelId}/messages");
        Assert.Equal("Bot " + DiscordTestHost.Token, post.Headers["Authorization"]);
        Assert.Matches(@"^DiscordBot \(https?://[^,]+, [0-9][^)]*\)$", post.Headers["User-Agent"]);
        var body = post.Json;
        Assert.Equal("{\"parse\":[]}", body.GetProperty("allowed_mentions").GetRawText());
        Assert.Equal(MessageId, body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.False(body.GetProperty("message_reference").GetProperty("fail_if_not_exists").GetBoolean());
        Assert.Equal(MessageId, body.GetProperty("nonce").GetString());
        Assert.True(body.GetProperty("enforce_nonce").GetBoolean());
        var embed = Assert.Single(body.GetProperty("embeds").EnumerateArray());
        Assert.Contains("GMLRS and HIMARS", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(["color", "description", "fields", "footer"], embed.EnumerateObject().Select(p => p.Name).Order());

        var question = Assert.Single(host.Answerer.Questions);
        Assert.Equal("what weapons can Ukraine use?", question.Text);
        Assert.Equal("discord", question.Platform);
        Assert.Equal(DiscordTestHost.ChannelId, question.Channel);
        Assert.Equal(DiscordTestHost.UserId, question.User);
    }

    [Fact]
    public async Task Bots_webhooks_the_bot_itself_plain_channel_chatter_and_empty_mentions_are_ignored()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Message("600000000000000011", "<@100000000000000002> from a bot", mentionsBot: true, bot: true));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Message("600000000000000012", "<@100000000000000002> from a webhook", mentionsBot: true, webhookId: "800000000000000001"));
        await connection.DispatchAsync("MESSAGE_CREATE", 4, DiscordEvents.Message("600000000000000013", "<@100000000000000002> my own reply", mentionsBot: true, authorId: DiscordTestHost.BotId));
        await connection.DispatchAsync("MESSAGE_CREATE", 5, DiscordEvents.Message("600000000000000014", "just chatting, no mention"));
        await connection.DispatchAsync("MESSAGE_CREATE", 6, DiscordEvents.Message("600000000000000015", "<@100000000000000002>   ", mentionsBot: true));
        await connection.DispatchAsync("MESSAGE_CREATE", 7, DiscordEvents.Message("600000000000000016", "<@!100000000000000002> the last one", mentionsBot: true));

        // Events are handled in order, so once the last one is answered the ignored ones are known to be ignored.
        var post = await host.Rest.WaitForAsync("POST", "channels/");
        Assert.Single(host.Rest.Where("POST", "channels/"));
        Assert.Equal("600000000000000016", post.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal("the last one", Assert.Single(host.Answerer.Questions).Text);
    }

    [Fact]
    public async Task A_direct_message_is_answered_without_a_mention()
    {
        const string dmChannel = "400000000000000099";
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Message(MessageId, "what weapons?", guildId: null, channelId: dmChannel));

        var post = await host.Rest.WaitForAsync("POST", $"channels/{dmChannel}/messages");
        Assert.Equal("{\"parse\":[]}", post.Json.GetProperty("allowed_mentions").GetRawText());
        Assert.Equal("what weapons?", Assert.Single(host.Answerer.Questions).Text);
    }

    [Fact]
    public async Task Every_message_in_a_configured_channel_is_a_question()
    {
        const string watched = "400000000000000077";
        await using var host = await DiscordTestHost.StartAsync(s => s["Discord:Channels:0"] = watched);
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Message(MessageId, "can Ukraine strike deep?", channelId: watched));

        await host.Rest.WaitForAsync("POST", $"channels/{watched}/messages");
        Assert.Equal("can Ukraine strike deep?", Assert.Single(host.Answerer.Questions).Text);
    }

    [Fact]
    public async Task The_real_core_answers_from_the_knowledge_with_the_verbatim_quote()
    {
        await using var host = await DiscordTestHost.StartAsync(realCore: true);
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention(MessageId, "Does this mean Ukraine can strike anywhere in Russia?"));

        var post = await host.Rest.WaitForAsync("POST", "channels/");
        var embed = post.Json.GetProperty("embeds")[0];
        var description = embed.GetProperty("description").GetString()!;
        Assert.Contains("> ", description, StringComparison.Ordinal);
        Assert.Contains("Kharkiv", description, StringComparison.Ordinal);
        Assert.Contains(embed.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "Confidence");
        var button = post.Json.GetProperty("components")[0].GetProperty("components")[0];
        Assert.StartsWith("briefbot-feedback:yes:faq-", button.GetProperty("custom_id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_text_is_not_logged_at_information_or_above()
    {
        const string secretQuestion = "what is the launch code for project nightingale?";
        await using var host = await DiscordTestHost.StartAsync();
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention(MessageId, secretQuestion));

        await host.Rest.WaitForAsync("POST", "channels/");
        Assert.DoesNotContain(host.Logs, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Information && e.Message.Contains("nightingale", StringComparison.Ordinal));
    }
}
