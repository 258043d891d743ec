using System.Net;
using System.Text.Json;

namespace BriefBot.Tests.Hosting;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly DirectoryInfo knowledge = Directory.CreateTempSubdirectory("briefbot-knowledge-");

    public HealthEndpointTests() =>
        File.WriteAllText(Path.Combine(knowledge.FullName, "office.txt"), "Office Move\nThe team moves on March 3.\n");

    public void Dispose()
    {
        database.Dispose();
        knowledge.Delete(recursive: true);
    }

    [Fact]
    public async Task Liveness_and_readiness_answer_with_the_knowledge_and_the_web_server_listening()
    {
        await using var bot = await RunningBot.StartAsync("--knowledge", knowledge.FullName, database.Setting);

        var (liveStatus, live) = await GetAsync(bot, "/healthz");
        var (readyStatus, ready) = await GetAsync(bot, "/readyz");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Contains("Serving 1 entries", Check(ready, "knowledge").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Listening", Check(ready, "connections").GetProperty("data").GetProperty("http").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_bad_file_and_a_failed_reload_show_as_degraded_while_the_bot_keeps_answering()
    {
        File.WriteAllText(Path.Combine(knowledge.FullName, "broken.json"), "{ \"entries\": [ ");
        await using var bot = await RunningBot.StartAsync("--knowledge", knowledge.FullName, database.Setting);

        var (status, ready) = await GetAsync(bot, "/readyz");

        // Degraded still answers from every good file, so the replica stays in rotation.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", ready.GetProperty("status").GetString());
        Assert.Contains("broken.json", Check(ready, "knowledge").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("March 3", await bot.AskAsync("When does the team move?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_page_that_cannot_be_fetched_shows_as_degraded_with_its_url_and_the_reason()
    {
        var url = $"http://127.0.0.1:{RunningBot.FreePort()}/parking.html";
        await using var bot = await RunningBot.StartAsync("--knowledge", knowledge.FullName, database.Setting, $"--Knowledge:Urls:0={url}");

        var (status, ready) = await GetAsync(bot, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", ready.GetProperty("status").GetString());
        var description = Check(ready, "knowledge").GetProperty("description").GetString();
        Assert.Contains($"{url}: cannot be fetched: ", description, StringComparison.Ordinal);
        Assert.Contains("no copy of it is kept yet", description, StringComparison.Ordinal);
        Assert.Contains("March 3", await bot.AskAsync("When does the team move?"), StringComparison.Ordinal);
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(RunningBot bot, string path)
    {
        using var response = await bot.Http.GetAsync(bot.Url(path));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    internal static JsonElement Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
