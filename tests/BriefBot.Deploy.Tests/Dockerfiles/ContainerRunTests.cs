using System.Diagnostics;
using System.Net;
using System.Text.Json;
using BriefBot.Deploy.Tests.Support;

namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>The replayed image run as a container: what `docker run`, `docker ps` (health) and `docker stop` would show.</summary>
[Collection(ReplayedImageCollection.Name)]
public sealed class ContainerRunTests(ReplayedImage image) : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task The_healthcheck_passes_once_started_and_the_probes_answer()
    {
        var container = new Container(image);
        await using var bot = container.Start();

        await WaitForHealthyAsync(container, bot);

        using var live = await http.GetAsync(new Uri(container.BaseAddress, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var ready = await http.GetAsync(new Uri(container.BaseAddress, "/readyz"));
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("Healthy", HealthReport.CheckStatus(body, "knowledge"));
    }

    [Fact]
    public async Task Metrics_are_prometheus_text_with_briefbots_own_metrics()
    {
        var container = new Container(image);
        await using var bot = container.Start();
        await WaitForHealthyAsync(container, bot);

        using var response = await http.GetAsync(new Uri(container.BaseAddress, "/metrics"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains(text.Split('\n'), line => line.StartsWith("# TYPE briefbot_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sqlite_database_is_created_in_the_data_volume()
    {
        var container = new Container(image);
        await using var bot = container.Start();
        await WaitForHealthyAsync(container, bot);

        var database = Path.Combine(container.DataVolume, Path.GetFileName(container.Runtime.Environment["Storage__Path"]));
        Assert.True(File.Exists(database), $"no {database}; the volume holds: {string.Join(", ", Directory.EnumerateFileSystemEntries(container.DataVolume))}");
    }

    [Fact]
    public async Task Every_log_line_is_a_json_object()
    {
        var container = new Container(image);
        await using var bot = container.Start();
        await WaitForHealthyAsync(container, bot);
        await bot.TerminateAsync();
        Assert.True(await bot.WaitForExitAsync(TimeSpan.FromSeconds(30)), bot.Transcript);

        var lines = bot.StandardOutput.Concat(bot.StandardError).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
        });
    }

    [Fact]
    public async Task Sigterm_stops_it_with_exit_code_0_within_the_shutdown_timeout()
    {
        var container = new Container(image);
        await using var bot = container.Start();
        await WaitForHealthyAsync(container, bot);

        var shutdownTimeout = TimeSpan.Parse(container.Runtime.Environment["HostOptions__ShutdownTimeout"], System.Globalization.CultureInfo.InvariantCulture);
        var stopping = Stopwatch.StartNew();
        await bot.TerminateAsync();

        // docker stop sends SIGKILL 10 s after SIGTERM: the bot must be gone before, with its own exit code.
        Assert.True(await bot.WaitForExitAsync(shutdownTimeout + TimeSpan.FromSeconds(1)), $"still running {stopping.Elapsed} after SIGTERM\n{bot.Transcript}");
        Assert.True(bot.ExitCode == 0, $"exit code {bot.ExitCode}\n{bot.Transcript}");
    }

    public void Dispose() => http.Dispose();

    /// <summary>Runs the HEALTHCHECK as Docker would until it passes: the container turns "healthy".</summary>
    private static async Task WaitForHealthyAsync(Container container, BotProcess bot)
    {
        var clock = Stopwatch.StartNew();
        ProcessRun.Result? last = null;
        while (clock.Elapsed < StartTimeout)
        {
            Assert.False(bot.HasExited, $"the bot exited ({(bot.HasExited ? bot.ExitCode : 0)}) before it was healthy\n{bot.Transcript}");
            last = await container.RunHealthCheckAsync();
            if (last.ExitCode == 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.Fail($"HEALTHCHECK did not pass within {StartTimeout}: {last}\n{bot.Transcript}");
    }
}
