using System.Text.Json;
using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using BriefBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefBot.Tests.Cli;

/// <summary>One database serving two knowledge folders, as a user running <c>--knowledge</c> against each sees it in <c>report</c>.</summary>
public sealed class ReportKnowledgeFolderTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly string helpdesk = Folder("helpdesk", "How do I reset my password?", "Use the self-service portal at https://id.example.com; it takes two minutes.");
    private readonly string travel = Folder("travel", "Can I keep my frequent flyer miles?", "Employees keep any airline miles and hotel points they earn on business trips.");

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(Path.GetDirectoryName(helpdesk)!, recursive: true);
        Directory.Delete(Path.GetDirectoryName(travel)!, recursive: true);
    }

    [Fact]
    public async Task Each_folders_report_shows_only_the_questions_asked_of_it()
    {
        await CliRun.RunWithInputAsync("Where is the cafeteria?\n", "--knowledge", helpdesk, database.Setting);
        await CliRun.RunWithInputAsync("What is the per diem in Paris?\nIs there a per diem for Paris?\n", "--knowledge", travel, database.Setting);

        var (_, ofHelpdesk, _) = await CliRun.RunAsync("report", "--days", "1", "--knowledge", helpdesk, database.Setting);
        var (_, ofTravel, _) = await CliRun.RunAsync("report", "--days", "1", "--knowledge", travel, database.Setting);

        Assert.Contains("1 question from 1 asker, 0 answered, 1 declined.", ofHelpdesk, StringComparison.Ordinal);
        Assert.Contains("1 × Where is the cafeteria?", ofHelpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("Paris", ofHelpdesk, StringComparison.Ordinal);
        Assert.Contains("2 questions from 1 asker, 0 answered, 2 declined.", ofTravel, StringComparison.Ordinal);
        Assert.Contains("Paris", ofTravel, StringComparison.Ordinal);
        Assert.DoesNotContain("cafeteria", ofTravel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_near_miss_names_the_entry_it_came_closest_to_or_says_it_is_gone()
    {
        var password = await EntryIdAsync("How do I reset my password?", helpdesk);
        using (var store = Store())
        {
            var now = DateTimeOffset.UtcNow;
            await store.RecordQuestionAsync(new AskedQuestion(now, "slack", "C1", "h1", "password reset for the vpn token", false, password, 45) { Knowledge = helpdesk }, CancellationToken.None);
            await store.RecordQuestionAsync(new AskedQuestion(now, "slack", "C1", "h2", "what was the old printer rule", false, "fact-2982ceee303f", 50) { Knowledge = helpdesk }, CancellationToken.None);
        }

        var (exit, output, _) = await CliRun.RunAsync("report", "--days", "1", "--knowledge", helpdesk, database.Setting);

        Assert.Equal(0, exit);
        Assert.Contains("1 × password reset for the vpn token  (confidence 45; closest: How do I reset my password?)", output, StringComparison.Ordinal);
        Assert.Contains("1 × what was the old printer rule  (confidence 50; closest: (no longer in the knowledge))", output, StringComparison.Ordinal);
        Assert.DoesNotContain("fact-2982ceee303f", output, StringComparison.Ordinal);
        Assert.Contains("2 questions from 2 askers", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_helpful_counts_are_those_of_the_folders_own_replies()
    {
        var password = await EntryIdAsync("How do I reset my password?", helpdesk);
        using (var store = Store())
        {
            var now = DateTimeOffset.UtcNow;
            await store.RecordFeedbackAsync(new Feedback(password, false, "slack", "C1", "h1") { Knowledge = helpdesk }, now, CancellationToken.None);
            await store.RecordFeedbackAsync(new Feedback("faq-of-travel", false, "slack", "C1", "h2") { Knowledge = travel }, now, CancellationToken.None);
        }

        var (_, output, _) = await CliRun.RunAsync("report", "--days", "1", "--knowledge", helpdesk, database.Setting);

        Assert.Contains("1 not helpful, 0 helpful: How do I reset my password?", output, StringComparison.Ordinal);
        Assert.DoesNotContain("faq-of-travel", output, StringComparison.Ordinal);
    }

    private static async Task<string> EntryIdAsync(string question, string knowledge)
    {
        var (_, json, _) = await CliRun.RunAsync("ask", question, "--json", "--knowledge", knowledge);
        return JsonDocument.Parse(json).RootElement.GetProperty("entryId").GetString()!;
    }

    private SqliteBriefBotStore Store() => new(Options.Create(new StorageOptions { Path = database.Path }), NullLogger<SqliteBriefBotStore>.Instance);

    private static string Folder(string name, string question, string answer)
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("briefbot-knowledge-").FullName, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(new { title = name, entries = new[] { new { questions = new[] { question }, answer } } }));
        return folder;
    }
}
