using System.Net;
using System.Text.Json;
using BriefBot.Cli;
using BriefBot.Core.Chat;
using BriefBot.Core.Replies;
using BriefBot.Embeddings;
using BriefBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Tests.Hosting;

/// <summary>The real host with the real model: matching by meaning once the embeddings are built, and readiness saying so meanwhile.</summary>
public sealed class SemanticMatchingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly HelpDeskFolder knowledge = new();

    public void Dispose() => knowledge.Dispose();

    [Fact]
    public async Task While_the_embeddings_build_the_bot_answers_lexically_and_says_so_then_it_answers_by_meaning()
    {
        var encoder = new TestEncoder(open: false);
        using var bot = await StartAsync(encoder);

        var (status, building) = await ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", building.GetProperty("status").GetString());
        Assert.Matches(@"^building embeddings \d+/\d+, answering lexically$", Matching(building).GetProperty("description").GetString());
        Assert.False((await AskAsync(bot, HelpDeskFolder.Paraphrase)).Answered);
        Assert.Contains("11:30", (await AskAsync(bot, "When is the canteen open?")).Answer, StringComparison.Ordinal);

        encoder.Open();
        var ready = await WaitForMatchingAsync(bot, "Healthy");

        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        var reply = await AskAsync(bot, HelpDeskFolder.Paraphrase);
        Assert.True(reply.Answered);
        Assert.Contains(HelpDeskFolder.Answer, reply.Answer, StringComparison.Ordinal);
        await bot.StopAsync();
    }

    [Fact]
    public async Task A_model_that_fails_shows_as_degraded_with_the_reason_and_the_bot_keeps_answering_lexically()
    {
        using var bot = await StartAsync(new TestEncoder(failure: new InvalidOperationException("model.onnx could not be opened")));

        var ready = await WaitForMatchingAsync(bot, "Degraded", "cannot be used");

        Assert.Equal("Degraded", ready.GetProperty("status").GetString());
        Assert.Contains("model.onnx could not be opened", Matching(ready).GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("11:30", (await AskAsync(bot, "When is the canteen open?")).Answer, StringComparison.Ordinal);
        await bot.StopAsync();
    }

    [Fact]
    public async Task A_restart_embeds_nothing_new_and_a_damaged_cache_is_rebuilt()
    {
        var cold = await RunOnceAsync();
        var warm = await RunOnceAsync();
        var cache = Path.Combine(Path.GetDirectoryName(knowledge.Database.Path)!, EmbeddingsServiceCollectionExtensions.DefaultCacheFile);
        var bytes = await File.ReadAllBytesAsync(cache);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(cache, bytes);
        var damaged = await RunOnceAsync();
        var repaired = await RunOnceAsync();

        Assert.True(cold > 0);
        Assert.Equal(0, warm);
        Assert.Equal(cold, damaged);
        Assert.Equal(0, repaired);
    }

    /// <summary>Starts the bot, waits until it matches by meaning, stops it; the texts it encoded.</summary>
    private async Task<int> RunOnceAsync()
    {
        var encoder = new TestEncoder();
        using (var bot = await StartAsync(encoder))
        {
            await WaitForMatchingAsync(bot, "Healthy");
            await bot.StopAsync();
        }

        return encoder.Encoded;
    }

    private async Task<Bot> StartAsync(TestEncoder encoder)
    {
        var port = RunningBot.FreePort();
        var builder = BriefBotHost.CreateBuilder(
            [knowledge.Database.Setting, knowledge.Setting, "--Knowledge:Watch=false", "--Health:Enabled=true", "--Console:Enabled=false", $"--Urls=http://127.0.0.1:{port}"],
            new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, InputIsRedirected: true),
            quiet: true).AddRunningBot();
        builder.Services.AddBriefBotEmbeddings(() => encoder);
        var host = builder.Build();
        await host.StartAsync();
        return new Bot(host, port);
    }

    private static ValueTask<Reply> AskAsync(Bot bot, string question) =>
        bot.Host.Services.GetRequiredService<IAnswerer>().AnswerAsync(new Question(question, "test", "C1", null), CancellationToken.None);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(Bot bot)
    {
        using var response = await bot.Http.GetAsync(new Uri($"http://127.0.0.1:{bot.Port}{HealthEndpoints.ReadyPath}"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Probes readiness until its matching check has <paramref name="status"/> (and says <paramref name="saying"/>).</summary>
    private static async Task<JsonElement> WaitForMatchingAsync(Bot bot, string status, string saying = "")
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            var (_, report) = await ReadyAsync(bot);
            var matching = Matching(report);
            if (matching.GetProperty("status").GetString() == status && matching.GetProperty("description").GetString()!.Contains(saying, StringComparison.Ordinal))
            {
                return report;
            }

            Assert.True(DateTime.UtcNow < until, "matching never became " + status + ": " + matching);
            await Task.Delay(50);
        }
    }

    private static JsonElement Matching(JsonElement report) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "matching");

    private sealed class Bot(IHost host, int port) : IDisposable
    {
        public IHost Host { get; } = host;

        public int Port { get; } = port;

        public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

        public Task StopAsync() => Host.StopAsync();

        public void Dispose()
        {
            Http.Dispose();
            Host.Dispose();
        }
    }
}
