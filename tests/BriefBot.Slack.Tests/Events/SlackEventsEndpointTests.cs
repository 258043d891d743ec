using System.Net;
using System.Text.Json.Nodes;
using BriefBot.Core.Chat;
using BriefBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Tests.Events;

/// <summary>Signed Events API requests to the real /slack/events endpoint of the real adapter, replies seen at the fake Web API.</summary>
public sealed class SlackEventsEndpointTests : SlackHostTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await StartHostAsync();
    }

    [Fact]
    public void Learns_the_bots_identity_with_auth_test_at_start()
    {
        var call = Assert.Single(Slack.CallsTo("auth.test"));
        Assert.Equal("Bearer xoxb-fakebot", call.Authorization);
    }

    [Fact]
    public async Task Answers_url_verification_with_the_challenge()
    {
        using var response = await Sender.PostJsonAsync("""{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Answers_an_unsigned_ssl_check_with_200()
    {
        using var response = await Sender.SendRawAsync("ssl_check=1&token=legacy", "application/x-www-form-urlencoded", null, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("bad signature")]
    [InlineData("stale")]
    [InlineData("from the future")]
    [InlineData("missing")]
    public async Task Refuses_requests_without_a_valid_recent_signature_and_does_nothing(string how)
    {
        var body = SlackPayloads.Callback("EvBAD", SlackPayloads.Mention("When does the office move?"));
        var now = Sender.Timestamp();
        var (timestamp, signature) = how switch
        {
            "bad signature" => (now, Sender.Sign(now, body.Replace("office", "offices", StringComparison.Ordinal))),
            "stale" => (Sender.Timestamp(TimeSpan.FromSeconds(-301)), Sender.Sign(Sender.Timestamp(TimeSpan.FromSeconds(-301)), body)),
            "from the future" => (Sender.Timestamp(TimeSpan.FromSeconds(301)), Sender.Sign(Sender.Timestamp(TimeSpan.FromSeconds(301)), body)),
            _ => ((string?)null, (string?)null),
        };

        using var response = await Sender.SendRawAsync(body, "application/json", timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await SentinelAsync();
        Assert.Empty(Posts);
        Assert.Equal(["Where do I park?"], Host.Questions.Questions.Select(q => q.Text));
    }

    [Fact]
    public async Task Answers_a_mention_in_its_thread_with_blocks_and_the_quoted_source()
    {
        using var response = await Sender.PostJsonAsync(SlackPayloads.Callback("Ev1", SlackPayloads.Mention("When does the office move?")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Wait.UntilAsync(() => Posts.Count == 1);
        var post = Posts[0];
        Assert.Equal("Bearer xoxb-fakebot", post.Authorization);
        var json = post.Json;
        Assert.Equal("CGENERAL", (string)json["channel"]!);
        Assert.Equal(SlackPayloads.Ts, (string)json["thread_ts"]!);
        Assert.False((bool)json["unfurl_links"]!);
        Assert.False((bool)json["unfurl_media"]!);
        Assert.Contains("The Berlin office moves to Alexanderplatz 5 on 1 March 2026.", (string)json["text"]!);
        var sections = BlockJson.OfType(json, "section").Select(b => (string)b["text"]!["text"]!).ToList();
        Assert.Contains(">The Berlin office moves to Alexanderplatz 5 on 1 March 2026.", sections);
        Assert.Contains("Office Move Briefing", (string)BlockJson.OfType(json, "context").Single()["elements"]![0]!["text"]!);
        Assert.Single(BlockJson.OfType(json, "actions"));

        var asked = Assert.Single(Host.Questions.Questions);
        Assert.Equal("When does the office move?", asked.Text);
        Assert.Equal("slack", asked.Platform);
    }

    [Fact]
    public async Task Answers_a_mention_inside_a_thread_in_that_thread()
    {
        await Sender.PostJsonAsync(SlackPayloads.Callback("Ev2", SlackPayloads.Mention("Where do I park?", ts: "1700000050.000200", threadTs: "1700000000.000001")));
        await Wait.UntilAsync(() => Posts.Count == 1);
        Assert.Equal("1700000000.000001", (string)Posts[0].Json["thread_ts"]!);
    }

    [Fact]
    public async Task Answers_a_direct_message_in_line()
    {
        await Sender.PostJsonAsync(SlackPayloads.Callback("Ev3", SlackPayloads.Message("where do I park", "DALICE", "im")));
        await Wait.UntilAsync(() => Posts.Count == 1);
        var json = Posts[0].Json;
        Assert.Equal("DALICE", (string)json["channel"]!);
        Assert.Null(json["thread_ts"]);
        Assert.Contains("underground garage", (string)json["text"]!);
    }

    [Fact]
    public async Task Answers_every_message_in_a_configured_channel_but_not_elsewhere()
    {
        await Sender.PostJsonAsync(SlackPayloads.Callback("Ev4", SlackPayloads.Message("where do I park", "CRANDOM", "channel")));
        await Sender.PostJsonAsync(SlackPayloads.Callback("Ev5", SlackPayloads.Message("where do I park", "CQUESTIONS", "channel", ts: "1700000000.000300")));
        await Wait.UntilAsync(() => Posts.Count == 1);
        await SentinelAsync("CRANDOM");
        var post = Assert.Single(Posts);
        Assert.Equal("CQUESTIONS", (string)post.Json["channel"]!);
        Assert.Equal("1700000000.000300", (string)post.Json["thread_ts"]!);
    }

    [Fact]
    public async Task Ignores_bots_edits_subtypes_and_its_own_messages()
    {
        var ignored = new[]
        {
            SlackPayloads.Message("where do I park", "DALICE", "im", ts: "1.1").With("bot_id", "BOTHER"),
            SlackPayloads.Message("where do I park", "DALICE", "im", ts: "1.2").With("subtype", "bot_message"),
            SlackPayloads.Message("where do I park", "DALICE", "im", ts: "1.3").With("subtype", "message_changed"),
            SlackPayloads.Message("where do I park", "DALICE", "im", ts: "1.4").With("edited", new JsonObject { ["user"] = "UALICE", ["ts"] = "1.5" }),
            SlackPayloads.Message("where do I park", "DALICE", "im", ts: "1.6", user: FakeSlack.BotUserId),
            SlackPayloads.Mention("where do I park", ts: "1.7", user: FakeSlack.BotUserId),
            SlackPayloads.Message("where do I park", "CQUESTIONS", "channel", ts: "1.8").With("subtype", "thread_broadcast"),
        };
        for (var i = 0; i < ignored.Length; i++)
        {
            using var response = await Sender.PostJsonAsync(SlackPayloads.Callback($"EvIgnored{i}", ignored[i]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Sender.PostJsonAsync(SlackPayloads.Callback("EvReal", SlackPayloads.Message("where do I park", "DALICE", "im", ts: "2.0")));
        await Wait.UntilAsync(() => Posts.Count >= 1);
        await SentinelAsync("DALICE");
        await SentinelAsync("CGENERAL");
        await SentinelAsync("CQUESTIONS");
        Assert.Single(Posts);
        Assert.Equal(4, Host.Questions.Questions.Count);
    }

    [Fact]
    public async Task A_retried_delivery_never_produces_a_second_reply()
    {
        var body = SlackPayloads.Callback("EvRetry", SlackPayloads.Mention("When does the office move?"));
        using (var first = await Sender.PostJsonAsync(body))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        for (var retry = 1; retry <= 3; retry++)
        {
            using var again = await Sender.PostJsonAsync(body, retryNum: retry);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        await Wait.UntilAsync(() => Posts.Count >= 1);
        await SentinelAsync();
        Assert.Single(Posts);
    }

    [Fact]
    public async Task A_mention_in_a_configured_channel_is_answered_once_though_it_arrives_as_two_events()
    {
        await Sender.PostJsonAsync(SlackPayloads.Callback("EvMention", SlackPayloads.Mention("Where do I park?", channel: "CQUESTIONS")));
        await Sender.PostJsonAsync(SlackPayloads.Callback("EvMessage", SlackPayloads.Message($"<@{FakeSlack.BotUserId}> Where do I park?", "CQUESTIONS", "channel")));
        await Wait.UntilAsync(() => Posts.Count >= 1);
        await SentinelAsync("CQUESTIONS");
        Assert.Single(Posts);
    }

    [Fact]
    public async Task Waits_for_retry_after_on_429_then_posts_exactly_once()
    {
        Slack.Script("chat.postMessage", FakeResponse.RateLimited(3));
        await Sender.PostJsonAsync(SlackPayloads.Callback("Ev429", SlackPayloads.Mention("Where do I park?")));

        await Wait.UntilAsync(() => Host.Logs.Any(e => e.Id.Id == 1002));
        await Wait.UntilAsync(() => Host.Logs.Any(e => e.Id.Id == 1050), Host.Time, TimeSpan.FromMilliseconds(100));

        // On the fake clock: the retry went out no sooner than Slack's Retry-After, however slowly the test ran.
        var limited = Host.Logs.Single(e => e.Id.Id == 1002).Timestamp;
        var replied = Host.Logs.Single(e => e.Id.Id == 1050).Timestamp;
        Assert.True(replied - limited >= TimeSpan.FromSeconds(3), $"retried {replied - limited} after the 429");
        await SentinelAsync();
        Assert.Equal(2, Posts.Count);
        Assert.Equal(Posts[0].Body, Posts[1].Body);
        Assert.DoesNotContain(Host.Logs, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Retries_a_5xx_with_backoff_and_posts_once()
    {
        Slack.Script("chat.postMessage", FakeResponse.ServerError(), FakeResponse.ServerError());
        await Sender.PostJsonAsync(SlackPayloads.Callback("Ev503", SlackPayloads.Mention("Where do I park?")));

        await Wait.UntilAsync(() => Posts.Count == 3, Host.Time);
        await SentinelAsync();
        Assert.Equal(3, Posts.Count);
        Assert.Equal(2, Host.Logs.Count(e => e.Id.Id == 1003));
    }

    [Fact]
    public async Task Logs_ok_false_with_its_error_code_and_never_the_token()
    {
        Slack.Script("chat.postMessage", FakeResponse.Error("channel_not_found"));
        await Sender.PostJsonAsync(SlackPayloads.Callback("EvNotFound", SlackPayloads.Mention("Where do I park?")));

        await Wait.UntilAsync(() => Host.Logs.Any(e => e.Id.Id == 1051));
        var apiError = Assert.Single(Host.Logs, e => e.Id.Id == 1000);
        Assert.Equal(LogLevel.Warning, apiError.Level);
        Assert.Equal("Slack API chat.postMessage failed: channel_not_found", apiError.Message);
        Assert.Contains("channel_not_found", Host.Logs.Single(e => e.Id.Id == 1051).Message);
        Assert.Single(Posts);
        Assert.DoesNotContain(Host.Logs, e => e.Message.Contains("xoxb-", StringComparison.Ordinal) || e.Message.Contains(SlackTestHost.SigningSecret, StringComparison.Ordinal));
        Assert.DoesNotContain(Host.Logs, e => e.Level >= LogLevel.Information && e.Message.Contains("park", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_question_and_knowledge_that_try_to_mention_people_produce_no_live_mention()
    {
        await Sender.PostJsonAsync(SlackPayloads.Callback("EvInject", SlackPayloads.Mention("<!channel> <@U123> when are fire alarm tests announced? <!here>")));
        await Wait.UntilAsync(() => Posts.Count == 1);

        var post = Posts[0];
        Assert.Contains("Fire alarm tests are announced to &lt;!channel&gt; by &lt;@U0FIRE&gt; the day before.", BlockJson.Decoded(post.Body));
        Assert.False(BlockJson.HasLiveMention(post.Body));
        Assert.False((bool)post.Json["link_names"]!);
        Assert.All(BlockJson.TextObjects(post.Json).Where(t => (string?)t["type"] == "mrkdwn"), t => Assert.True((bool)t["verbatim"]!));
    }

    [Fact]
    public async Task A_mention_with_nothing_asked_gets_a_hint()
    {
        await Sender.PostJsonAsync(SlackPayloads.Callback("EvEmpty", SlackPayloads.Mention("")));
        await Wait.UntilAsync(() => Posts.Count == 1);
        Assert.Contains("Ask me a question", (string)Posts[0].Json["text"]!);
        Assert.Empty(Host.Questions.Questions);
    }

    [Fact]
    public async Task Acks_before_answering()
    {
        var answerer = new SlowAnswerer();
        await using var slow = await SlackTestHost.StartAsync(Slack, services: s => s.AddSingleton<IAnswerer>(answerer));

        using var response = await slow.Sender(Http).PostJsonAsync(SlackPayloads.Callback("EvSlow", SlackPayloads.Mention("slow?")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Acked while the answer is still being worked out: the post can only follow the answer.
        await answerer.Asked.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(Posts);

        answerer.Release();
        await Wait.UntilAsync(() => Posts.Count == 1);
        Assert.Contains("It took a while.", (string)Posts[0].Json["text"]!);
    }

    [Fact]
    public async Task Replies_in_the_channel_itself_when_reply_in_thread_is_off()
    {
        await using var flat = await SlackTestHost.StartAsync(Slack, settings: new Dictionary<string, string?> { ["Slack:ReplyInThread"] = "false" });
        await flat.Sender(Http).PostJsonAsync(SlackPayloads.Callback("EvFlat", SlackPayloads.Mention("Where do I park?", threadTs: "1700000000.000001")));
        await Wait.UntilAsync(() => Posts.Count == 1);
        Assert.Null(Posts[0].Json["thread_ts"]);
    }
}
