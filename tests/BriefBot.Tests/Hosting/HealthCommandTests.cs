using System.Text.Json;
using BriefBot.Tests.Cli;

namespace BriefBot.Tests.Hosting;

public sealed class HealthCommandTests
{
    [Fact]
    public async Task Without_a_url_it_checks_the_settings_knowledge_and_store_here()
    {
        using var database = new TempDatabase();

        var (exit, output, _) = await CliRun.RunAsync("health", database.Setting);

        Assert.Equal(0, exit);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("Healthy", HealthEndpointTests.Check(report, "knowledge").GetProperty("status").GetString());
        Assert.Equal("Healthy", HealthEndpointTests.Check(report, "store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_makes_it_fail_and_say_why()
    {
        using var blocker = new TempDatabase();
        File.WriteAllText(blocker.Path, "not a database");

        var (exit, output, _) = await CliRun.RunAsync("health", "--Storage:Path=" + Path.Combine(blocker.Path, "briefbot.db"));

        Assert.Equal(1, exit);
        var store = HealthEndpointTests.Check(JsonDocument.Parse(output).RootElement, "store");
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.Contains("briefbot.db", store.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_url_it_asks_the_running_bot_and_exits_0_when_ready()
    {
        using var database = new TempDatabase();
        await using var bot = await RunningBot.StartAsync(database.Setting);

        var (ready, readyOut, _) = await CliRun.RunAsync("health", "--url", $"http://127.0.0.1:{bot.Port}");
        var (live, liveOut, _) = await CliRun.RunAsync("health", "--url", $"http://127.0.0.1:{bot.Port}", "--live");

        Assert.Equal(0, ready);
        Assert.Contains("\"name\":\"knowledge\"", readyOut, StringComparison.Ordinal);
        Assert.Equal(0, live);
        Assert.Contains("\"name\":\"process\"", liveOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_url_nobody_answers_on_it_exits_1_and_says_so()
    {
        var port = RunningBot.FreePort();

        var (exit, _, error) = await CliRun.RunAsync("health", "--url", $"http://127.0.0.1:{port}");

        Assert.Equal(1, exit);
        Assert.Contains($"no answer from http://127.0.0.1:{port}/readyz", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_that_is_not_http_is_a_usage_error()
    {
        var (exit, _, error) = await CliRun.RunAsync("health", "--url", "localhost:8080");

        Assert.Equal(2, exit);
        Assert.Contains("--url must be", error, StringComparison.Ordinal);
    }
}
