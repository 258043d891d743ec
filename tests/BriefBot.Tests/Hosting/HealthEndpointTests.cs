using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using BriefBot.Cli;

namespace BriefBot.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_reports_the_knowledge_and_a_bad_file_as_degraded()
    {
        using var database = new TempDatabase();
        var knowledge = Directory.CreateTempSubdirectory("briefbot-knowledge-");
        try
        {
            File.WriteAllText(Path.Combine(knowledge.FullName, "office.txt"), "Office Move\nThe team moves on March 3.\n");
            File.WriteAllText(Path.Combine(knowledge.FullName, "broken.json"), "{ \"entries\": [ ");
            var port = FreePort();
            using var stop = new CancellationTokenSource();
            var run = BriefBotCommandLine.RunAsync(
                ["--knowledge", knowledge.FullName, database.Setting, "--Health:Enabled=true", $"--Urls=http://127.0.0.1:{port}"],
                new CliConsole(new BlockingReader(stop.Token), TextWriter.Null, TextWriter.Null, InputIsRedirected: true),
                stop.Token);

            using var http = new HttpClient();
            JsonElement health = default;
            for (var i = 0; i < 100 && health.ValueKind == JsonValueKind.Undefined; i++)
            {
                try
                {
                    health = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/health"))).RootElement;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }

            await stop.CancelAsync();
            await run;
            Assert.Equal("Degraded", health.GetProperty("status").GetString());
            var check = health.GetProperty("checks")[0];
            Assert.Equal("knowledge", check.GetProperty("name").GetString());
            Assert.Contains("broken.json", check.GetProperty("description").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            knowledge.Delete(recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Standard input that stays open until the test stops the bot, as a terminal would.</summary>
    private sealed class BlockingReader(CancellationToken stop) : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(stop, cancellationToken);
            await Task.Delay(Timeout.Infinite, both.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return null;
        }
    }
}
