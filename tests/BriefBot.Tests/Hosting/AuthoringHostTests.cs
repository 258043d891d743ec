using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BriefBot.Tests.Cli;

namespace BriefBot.Tests.Hosting;

/// <summary>The authors' console in the real bot, switched on by settings alone, as from a fresh clone.</summary>
public sealed class AuthoringHostTests : IDisposable
{
    private const string Token = "ada-host-0123456789-abcdefghij-klmnop";
    private const string Question = "Is the cafeteria open on Sundays?";
    private const string Answer = "No: it opens Monday to Friday, 8:00 to 15:00.";

    private readonly TempDatabase database = new();
    private readonly DirectoryInfo knowledge = Directory.CreateTempSubdirectory("briefbot-knowledge-");

    public AuthoringHostTests() =>
        File.WriteAllText(Path.Combine(knowledge.FullName, "office.txt"), "Office Move\nThe team moves on March 3.\n");

    public void Dispose()
    {
        database.Dispose();
        knowledge.Delete(recursive: true);
    }

    [Fact]
    public async Task An_answer_written_through_the_api_is_answered_on_the_console_at_once()
    {
        await using var bot = await RunningBot.StartAsync(
            "--knowledge", knowledge.FullName, database.Setting,
            "--Authoring:Enabled=true", "--Authoring:Authors:0:Name=Ada", $"--Authoring:Authors:0:Token={Token}");
        Assert.DoesNotContain("No: it opens", await bot.AskAsync(Question), StringComparison.Ordinal);

        using var anonymous = await bot.Http.GetAsync(bot.Url("/authoring/api/knowledge"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var created = await SendAsync(bot, HttpMethod.Post, "/authoring/api/entries", new { questions = new[] { Question }, answer = Answer });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await ReadAsync(created)).GetProperty("id").GetString();

        using var tried = await SendAsync(bot, HttpMethod.Post, "/authoring/api/try", new { question = Question });
        var reply = await ReadAsync(tried);
        Assert.True(reply.GetProperty("answered").GetBoolean());
        Assert.Equal(id, reply.GetProperty("entryId").GetString());

        var typed = await bot.AskAsync(Question);
        Assert.Contains($"> “{Answer}”", typed, StringComparison.Ordinal);
        Assert.Contains($"— written by Ada on {DateTimeOffset.UtcNow:yyyy-MM-dd}", typed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_by_default_there_is_no_console()
    {
        await using var bot = await RunningBot.StartAsync("--knowledge", knowledge.FullName, database.Setting);

        using var response = await bot.Http.GetAsync(bot.Url("/authoring/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("short-token", "short-token", "Authoring:Authors:0:Token must be at least 32 characters.")]
    [InlineData(Token, Token, "Authoring:Authors:1:Token is the same as another author's token.")]
    public async Task A_bad_author_token_stops_start_up_with_one_line_naming_the_setting(string first, string second, string expected)
    {
        var (exit, _, error) = await CliRun.RunAsync(
            "run", "--knowledge", knowledge.FullName, database.Setting, $"--Urls=http://127.0.0.1:{RunningBot.FreePort()}",
            "--Authoring:Enabled=true",
            "--Authoring:Authors:0:Name=Ada", $"--Authoring:Authors:0:Token={first}",
            "--Authoring:Authors:1:Name=Grace", $"--Authoring:Authors:1:Token={second}");

        Assert.Equal(1, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: invalid configuration: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(first, line.Replace(expected, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enabled_without_authors_stops_start_up_saying_what_to_set()
    {
        var (exit, _, error) = await CliRun.RunAsync("run", "--knowledge", knowledge.FullName, database.Setting, "--Authoring:Enabled=true");

        Assert.Equal(1, exit);
        Assert.Equal(
            "error: invalid configuration: Authoring:Authors needs at least one author (Authoring:Authors:0:Name and Authoring:Authors:0:Token) when Authoring:Enabled is true.",
            error.Trim());
    }

    private static async Task<HttpResponseMessage> SendAsync(RunningBot bot, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, bot.Url(path)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await bot.Http.SendAsync(request);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
