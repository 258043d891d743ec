using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Slack.Events;
using BriefBot.Slack.SocketMode;
using BriefBot.Slack.Tests.Fakes;
using BriefBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.Tests;

public sealed class SlackHostApplicationBuilderExtensionsTests : IAsyncLifetime
{
    private FakeSlack slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await slack.DisposeAsync();

    private static HostApplicationBuilder Builder(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddBriefBotCore();
        return builder;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void Registers_nothing_when_not_enabled(string? enabled)
    {
        var builder = Builder(new Dictionary<string, string?> { ["Slack:Enabled"] = enabled, ["Slack:BotToken"] = "not checked" });
        var before = builder.Services.Count;
        Assert.False(builder.AddBriefBotSlack());
        Assert.Equal(before, builder.Services.Count);
    }

    [Fact]
    public void An_unknown_mode_is_refused_naming_the_setting()
    {
        var settings = SlackTestHost.Configuration(slack, SlackMode.Http);
        settings["Slack:Mode"] = "Webhooks";
        var error = Assert.Throws<InvalidOperationException>(() => Builder(settings).AddBriefBotSlack());
        Assert.Contains("Slack:Mode", error.Message);
    }

    [Fact]
    public void Http_mode_registers_the_events_endpoint_and_no_socket()
    {
        var builder = Builder(SlackTestHost.Configuration(slack, SlackMode.Http));
        Assert.True(builder.AddBriefBotSlack());
        using var host = builder.Build();
        Assert.Contains(host.Services.GetServices<IHttpEndpoints>(), e => e is SlackEventsEndpoint);
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is SocketModeHostedService);
        Assert.Equal("slack", Assert.Single(host.Services.GetServices<IChatAdapter>()).Platform);
    }

    [Fact]
    public void Socket_mode_registers_the_socket_and_no_web_server()
    {
        var builder = Builder(SlackTestHost.Configuration(slack, SlackMode.SocketMode));
        Assert.True(builder.AddBriefBotSlack());
        using var host = builder.Build();
        Assert.Empty(host.Services.GetServices<IHttpEndpoints>());
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is SocketModeHostedService);
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is WebServer);
    }

    [Fact]
    public async Task A_bad_setting_stops_start_up_naming_it()
    {
        var settings = SlackTestHost.Configuration(slack, SlackMode.Http);
        settings["Slack:BotToken"] = "xoxp-auser";
        var builder = Builder(settings);
        builder.AddBriefBotSlack();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Slack:BotToken must start with xoxb-", error.Message);
        Assert.DoesNotContain("xoxp-auser", error.Message);
    }

    [Fact]
    public async Task A_bot_token_slack_refuses_stops_start_up_naming_it()
    {
        slack.Script("auth.test", FakeResponse.Error("invalid_auth"));
        var builder = Builder(SlackTestHost.Configuration(slack, SlackMode.Http));
        builder.AddBriefBotSlack();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());
        Assert.Contains("Slack:BotToken", error.Message);
        Assert.Contains("invalid_auth", error.Message);
    }

    [Fact]
    public async Task Slack_being_unreachable_at_start_does_not_stop_the_bot()
    {
        slack.Script("auth.test", FakeResponse.Error("internal_error"));
        await using var host = await SlackTestHost.StartAsync(slack);
        Assert.Contains(host.Logs, e => e.Id.Id == 1011);
    }

    [Fact]
    public async Task Posts_a_digest_with_chat_post_message_split_past_fifty_blocks()
    {
        await using var host = await SlackTestHost.StartAsync(slack);
        var adapter = host.Services.GetServices<IChatAdapter>().Single(a => a.Platform == "slack");
        var briefings = Enumerable.Range(0, 30)
            .Select(i => new BriefingDigest($"Briefing {i}", $"b{i}.txt", [new Quote($"Fact {i}.", new SourceRef($"Briefing {i}", null, $"b{i}.txt"))], null, false))
            .ToList();

        await adapter.PostDigestAsync("CDIGEST", new Digest("Weekly", DateTimeOffset.UnixEpoch, briefings, []), CancellationToken.None);

        var posts = slack.CallsTo("chat.postMessage");
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("CDIGEST", (string)p.Json["channel"]!));
        Assert.All(posts, p => Assert.Null(p.Json["thread_ts"]));
        Assert.All(posts, p => Assert.InRange(BlockJson.Blocks(p.Json).Count, 1, 50));
        Assert.Equal("header", (string)BlockJson.Blocks(posts[0].Json)[0]["type"]!);
    }

    [Fact]
    public async Task A_digest_slack_refuses_throws()
    {
        await using var host = await SlackTestHost.StartAsync(slack);
        slack.Script("chat.postMessage", FakeResponse.Error("not_in_channel"));
        var adapter = host.Services.GetServices<IChatAdapter>().Single(a => a.Platform == "slack");

        var error = await Assert.ThrowsAsync<SlackDeliveryException>(() => adapter.PostDigestAsync("CDIGEST", new Digest("Weekly", DateTimeOffset.UnixEpoch, [], []), CancellationToken.None));
        Assert.Contains("not_in_channel", error.Message);
    }
}
