using System.Net.Sockets;
using System.Net;
using System.Text.RegularExpressions;

namespace BriefBot.Tests.Hosting;

/// <summary>What the operator reads in the log of a real bot process: health changes once each, fixes, a busy port.</summary>
public sealed partial class HealthLogTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly DirectoryInfo knowledge = Directory.CreateTempSubdirectory("briefbot-knowledge-");

    public void Dispose()
    {
        database.Dispose();
        knowledge.Delete(recursive: true);
    }

    [Fact]
    public async Task A_degraded_bot_warns_once_not_per_probe_and_a_fixed_file_is_logged_as_resolved()
    {
        File.WriteAllText(Path.Combine(knowledge.FullName, "office.txt"), "Office Move\nThe team moves on March 3.\n");
        var broken = Path.Combine(knowledge.FullName, "broken.json");
        File.WriteAllText(broken, "{ \"entries\": [ ");
        var port = RunningBot.FreePort();
        using var bot = new BotProcess("--knowledge", knowledge.FullName, database.Setting, "--Health:Enabled=true", $"--Urls=http://127.0.0.1:{port}", "--Knowledge:ReloadDebounce=00:00:00.2");
        using var http = new HttpClient();
        var ready = new Uri($"http://127.0.0.1:{port}/readyz");
        await bot.WaitForLogAsync("BriefBot started");

        for (var i = 0; i < 3; i++)
        {
            using var probe = await http.GetAsync(ready);
            Assert.True(probe.IsSuccessStatusCode);
        }

        File.WriteAllText(broken, """{ "entries": [ { "questions": ["Where is the office?"], "answer": "On the third floor." } ] }""");
        await bot.WaitForLogAsync("Knowledge problem in broken.json resolved");
        using (await http.GetAsync(ready))
        {
            await bot.WaitForLogAsync("/readyz is Healthy again");
        }

        await bot.StopAsync();
        var log = bot.Log;
        Assert.Single(Degraded().Matches(log));
        Assert.DoesNotContain("Health check", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_port_is_one_line_naming_the_address_and_exit_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        using var bot = new BotProcess(database.Setting, "--Health:Enabled=true", $"--Urls={url}");

        var exit = await bot.WaitForExitAsync();

        Assert.Equal(1, exit);
        var errors = bot.Log.Split('\n').Where(l => l.StartsWith("error", StringComparison.Ordinal)).ToList();
        Assert.Equal($"error: cannot listen on {url}: the address is already in use (is another BriefBot running?). Stop that process, or set Urls to a free address, e.g. --Urls=http://127.0.0.1:8081.", Assert.Single(errors));
        Assert.DoesNotContain("   at ", bot.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", bot.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_with_a_missing_knowledge_folder_prints_only_the_clear_line()
    {
        var missing = Path.Combine(knowledge.FullName, "nowhere");
        using var bot = new BotProcess("run", "--knowledge", missing, database.Setting);

        var exit = await bot.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.Contains($"error: The knowledge folder '{missing}' does not exist", bot.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed", bot.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.Log, StringComparison.Ordinal);
    }

    [GeneratedRegex("/readyz is Degraded")]
    private static partial Regex Degraded();
}
