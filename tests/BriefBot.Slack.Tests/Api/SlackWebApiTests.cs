using System.Net;
using System.Net.Sockets;
using BriefBot.Core.Operations;
using BriefBot.Slack.Api;
using BriefBot.Slack.BlockKit;
using BriefBot.Slack.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Slack.Tests.Api;

public class SlackWebApiTests
{
    [Fact]
    public async Task Retries_network_failures_with_backoff_then_reports_them_as_a_value()
    {
        // A port that was just free: nothing listens there, so every connection is refused.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var options = Options.Create(new SlackOptions { Enabled = true, BotToken = "xoxb-secret", ApiBaseUrl = $"http://127.0.0.1:{port}/api/" });
        using var http = new HttpClient { BaseAddress = options.Value.ApiBase };
        var time = new FakeTimeProvider();
        var logs = new FakeLogCollector();
        using var metrics = new BriefBotMetrics();
        var api = new SlackWebApi(http, options, time, new RateLimitPauses(time), metrics, new ConnectionBoard([], time), new FakeLogger<SlackWebApi>(logs));

        var call = api.PostMessageAsync(PostMessageRequest.For("C1", SlackMessage.Section("hi")), CancellationToken.None);
        await Wait.UntilAsync(() => call.IsCompleted, time, TimeSpan.FromSeconds(1));
        var result = await call;

        Assert.False(result.Ok);
        Assert.Equal("network_error", result.Error);
        Assert.Equal(SlackWebApi.MaxAttempts - 1, logs.GetSnapshot().Count(e => e.Id.Id == 1003));
        Assert.Single(logs.GetSnapshot(), e => e.Id.Id == 1004 && e.Level == LogLevel.Error);
        Assert.DoesNotContain(logs.GetSnapshot(), e => e.Message.Contains("xoxb-secret", StringComparison.Ordinal));
    }
}
