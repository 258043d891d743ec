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

    [Fact]
    public async Task Digest_runs_the_store_refuses_show_as_degraded_store_writes()
    {
        await using (await RunningBot.StartAsync("--knowledge", knowledge.FullName, database.Setting))
        {
        }

        // The database works for everything but digest runs, as a table on a damaged page would.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + database.Path + ";Pooling=False"))
        {
            connection.Open();
            using var refuse = connection.CreateCommand();
            refuse.CommandText =
                "CREATE TRIGGER refuse_run_inserts BEFORE INSERT ON digest_runs BEGIN SELECT RAISE(FAIL, 'digest runs refused'); END;" +
                "CREATE TRIGGER refuse_run_updates BEFORE UPDATE ON digest_runs BEGIN SELECT RAISE(FAIL, 'digest runs refused'); END;";
            refuse.ExecuteNonQuery();
        }

        // Due every minute, so the start-up catch-up has a run from the last minute to post.
        await using var bot = await RunningBot.StartAsync(
            "--knowledge", knowledge.FullName, database.Setting, "--Digests:0:Name=minutely", "--Digests:0:Platform=console", "--Digests:0:Schedule=* * * * *");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var (status, ready) = await GetAsync(bot, "/readyz");
        while (ready.GetProperty("status").GetString() != "Degraded" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            (status, ready) = await GetAsync(bot, "/readyz");
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", ready.GetProperty("status").GetString());
        var description = Check(ready, "store-writes").GetProperty("description").GetString();
        Assert.Contains("(last: digest run)", description, StringComparison.Ordinal);
        Assert.Contains("digest runs refused", description, StringComparison.Ordinal);
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
