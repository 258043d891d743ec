using System.Text.Json;
using BriefBot.Core.Storage;
using BriefBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefBot.Tests.Cli;

/// <summary><c>export</c>: what authors taught, from a real SQLite store, as a curated file the bot then answers from.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private const string Cafeteria = "Is the cafeteria open on Sundays?";
    private const string Closed = "No: it opens Monday to Friday, 8:00 to 15:00.";
    private const string Rockets = "Which rockets did Washington clear for use over the border?";

    private readonly TempDatabase database = new();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("briefbot-export-");

    public void Dispose()
    {
        database.Dispose();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task The_exported_file_loaded_as_knowledge_answers_what_was_taught()
    {
        var weapons = await EntryIdAsync("What weapons can Ukraine use inside Russia?");
        var strikes = await AnswerAsync("What weapons can Ukraine use inside Russia?");
        await using (var store = Store())
        {
            var at = DateTimeOffset.UtcNow;
            await store.AddLearnedEntryAsync([Cafeteria, "cafeteria on sunday"], Closed, "Ada", at);
            await store.AddLearnedPhrasingAsync(weapons, Rockets, "Grace", at);
        }

        var file = Path.Combine(folder.FullName, "knowledge", "learned.json");
        var (exit, output, error) = await CliRun.RunAsync("export", "--output", file, database.Setting);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal($"Exported 1 learned entries and 1 taught phrasings to {file}.", output.Trim());
        var knowledge = Path.GetDirectoryName(file)!;
        Assert.Equal(Closed, await AnswerAsync(Cafeteria, knowledge));
        Assert.Equal(strikes, await AnswerAsync(Rockets, knowledge));
    }

    [Fact]
    public async Task Without_output_the_file_goes_to_standard_output_in_the_curated_format()
    {
        await using (var store = Store())
        {
            await store.AddLearnedEntryAsync([Cafeteria], Closed, "Ada", DateTimeOffset.UtcNow);
        }

        var (exit, output, _) = await CliRun.RunAsync("export", database.Setting);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Learned answers", json.RootElement.GetProperty("title").GetString());
        var entry = Assert.Single(json.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal([Cafeteria], entry.GetProperty("questions").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal(Closed, entry.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task An_existing_file_is_kept_unless_forced()
    {
        var file = Path.Combine(folder.FullName, "kept.json");
        await File.WriteAllTextAsync(file, "{}");

        var (exit, _, error) = await CliRun.RunAsync("export", "--output", file, database.Setting);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {file} already exists; add --force to overwrite it.", error.Trim());
        Assert.Equal("{}", await File.ReadAllTextAsync(file));
        Assert.Equal(0, (await CliRun.RunAsync("export", "--output", file, "--force", database.Setting)).ExitCode);
        Assert.NotEqual("{}", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task An_output_that_is_not_json_is_a_usage_error()
    {
        var (exit, _, error) = await CliRun.RunAsync("export", "--output", Path.Combine(folder.FullName, "learned.txt"), database.Setting);

        Assert.Equal(2, exit);
        Assert.Equal("error: --output must name a .json file: curated knowledge files are JSON. See 'briefbot export --help'.", error.Trim());
    }

    private SqliteBriefBotStore Store() => new(Options.Create(new StorageOptions { Path = database.Path }), NullLogger<SqliteBriefBotStore>.Instance);

    private static async Task<string> EntryIdAsync(string question) => (await AskJsonAsync(question, null)).GetProperty("entryId").GetString()!;

    private static async Task<string> AnswerAsync(string question, string? knowledge = null)
    {
        var reply = await AskJsonAsync(question, knowledge);
        Assert.True(reply.GetProperty("answered").GetBoolean(), "Not answered: " + question);
        return reply.GetProperty("answer").GetString()!;
    }

    private static async Task<JsonElement> AskJsonAsync(string question, string? knowledge)
    {
        var (exit, output, _) = await CliRun.RunAsync(knowledge is null ? ["ask", "--json", question] : ["ask", "--json", "--knowledge", knowledge, question]);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }
}
