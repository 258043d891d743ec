using System.Net;
using BriefBot.Cli;
using BriefBot.Core;
using BriefBot.Core.Operations;
using BriefBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Tests.Hosting;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Readiness_waits_for_every_expected_connection_and_says_which_is_down()
    {
        using var database = new TempDatabase();
        var port = RunningBot.FreePort();
        var builder = BriefBotHost.CreateBuilder(
            [database.Setting, "--Health:Enabled=true", "--Console:Enabled=false", $"--Urls=http://127.0.0.1:{port}"],
            new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, InputIsRedirected: true),
            quiet: true).AddRunningBot();
        // Stands for an adapter's socket: registered as expected, reported by its owner.
        builder.Services.AddExpectedConnection("test.gateway");
        using var host = builder.Build();
        await host.StartAsync();
        var board = host.Services.GetRequiredService<ConnectionBoard>();
        using var http = new HttpClient();
        var ready = new Uri($"http://127.0.0.1:{port}/readyz");

        using (var starting = await http.GetAsync(ready))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.StatusCode);
            Assert.Contains("test.gateway is starting", await starting.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        board.Report("test.gateway", ConnectionState.Connected, "session 1");
        using (var connected = await http.GetAsync(ready))
        {
            Assert.Equal(HttpStatusCode.OK, connected.StatusCode);
        }

        board.Report("test.gateway", ConnectionState.Reconnecting, "socket closed (1006), retrying in 2 s");
        using (var lost = await http.GetAsync(ready))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.StatusCode);
            Assert.Contains("test.gateway is reconnecting (socket closed (1006), retrying in 2 s)", await lost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Liveness is about this process only: a lost platform must not get it restarted.
        using (var live = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz")))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        await host.StopAsync();
    }

    [Fact]
    public async Task Once_shutdown_begins_the_bot_is_no_longer_ready()
    {
        using var database = new TempDatabase();
        var builder = BriefBotHost.CreateBuilder(
            [database.Setting, "--Console:Enabled=false"],
            new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, InputIsRedirected: true),
            quiet: true).AddRunningBot();
        using var host = builder.Build();
        await host.StartAsync();
        var health = host.Services.GetRequiredService<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>();
        Assert.Equal(200, HealthReportJson.StatusCode(await health.CheckHealthAsync(c => c.Tags.Contains(HealthTags.Ready))));

        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var report = await health.CheckHealthAsync(c => c.Tags.Contains(HealthTags.Ready));

        Assert.Equal(503, HealthReportJson.StatusCode(report));
        Assert.Contains("Shutting down", report.Entries["shutdown"].Description, StringComparison.Ordinal);
        await host.StopAsync();
    }
}
