using System.Diagnostics;
using System.Text.Json;

namespace BriefBot.Tests.Hosting;

/// <summary>The bot as a service manager runs it: its own process, JSON logs, stopped with SIGTERM.</summary>
public sealed class ProcessLifetimeTests
{
    [Fact]
    public async Task Sigterm_stops_it_cleanly_with_exit_code_0_and_every_log_line_is_json()
    {
        using var database = new TempDatabase();
        var port = RunningBot.FreePort();
        using var bot = StartBot(database, ("Console__Enabled", "false"), ("Health__Enabled", "true"), ("Urls", $"http://127.0.0.1:{port}"));
        var errors = bot.StandardError.ReadToEndAsync();
        var output = bot.StandardOutput.ReadToEndAsync();
        try
        {
            using var http = new HttpClient();
            await WaitUntilReadyAsync(http, new Uri($"http://127.0.0.1:{port}/readyz"));

            using (var kill = Process.Start("kill", ["-TERM", bot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await bot.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!bot.HasExited)
            {
                bot.Kill();
            }
        }

        Assert.Equal(0, bot.ExitCode);
        Assert.Equal("", await output);
        var lines = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var events = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(events, e => Assert.True(e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Category", out _) && e.TryGetProperty("Timestamp", out _)));
        var messages = events.Select(e => e.GetProperty("Message").GetString()).ToList();
        Assert.Contains(messages, m => m!.StartsWith("Shutting down", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("flushed and closed", StringComparison.Ordinal));
        Assert.Equal("BriefBot stopped", messages[^1]);
        // The store was flushed: everything is in the database file, no write-ahead log is left to replay.
        Assert.False(File.Exists(database.Path + "-wal") && new FileInfo(database.Path + "-wal").Length > 0);
    }

    [Fact]
    public async Task Information_logs_carry_no_question_text()
    {
        using var database = new TempDatabase();
        using var bot = StartBot(database);
        var errors = bot.StandardError.ReadToEndAsync();
        var output = bot.StandardOutput.ReadToEndAsync();
        await bot.StandardInput.WriteLineAsync("What is HIMARS?");
        await bot.StandardInput.WriteLineAsync("Where is the Zanzibar office party?");
        bot.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bot.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, bot.ExitCode);
        Assert.Contains("High Mobility Artillery Rocket Systems", await output, StringComparison.Ordinal);
        var log = await errors;
        Assert.Contains("Knowledge loaded", log, StringComparison.Ordinal);
        Assert.DoesNotContain("HIMARS", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Zanzibar", log, StringComparison.Ordinal);
    }

    /// <summary>The built bot in its own process, with JSON logs, its database in <paramref name="database"/> and the given settings.</summary>
    private static Process StartBot(TempDatabase database, params (string Name, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "BriefBot.dll") },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Storage__Path"] = database.Path;
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Uri ready)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await http.GetAsync(ready);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The bot did not become ready within 30 s.");
    }
}
