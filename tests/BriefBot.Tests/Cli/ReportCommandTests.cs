using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using BriefBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefBot.Tests.Cli;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task The_report_shows_what_the_running_bot_could_not_answer_and_what_was_not_helpful()
    {
        using var database = new TempDatabase();
        await CliRun.RunWithInputAsync(
            "What is HIMARS?\nhow many casualties in kharkiv\nHow many casualties were there in Kharkiv?\nWhat's the weather in Kyiv today?\n",
            database.Setting);
        using (var store = new SqliteBriefBotStore(Options.Create(new StorageOptions { Path = database.Path }), NullLogger<SqliteBriefBotStore>.Instance))
        {
            var himars = (await store.GetQuestionsAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None)).First(q => q.Answered).EntryId!;
            await store.RecordFeedbackAsync(new Feedback(himars, false, "slack", "C1", "hash-1"), DateTimeOffset.UtcNow, CancellationToken.None);
            await store.RecordFeedbackAsync(new Feedback(himars, false, "slack", "C1", "hash-2"), DateTimeOffset.UtcNow, CancellationToken.None);
        }

        var (exit, output, _) = await CliRun.RunAsync("report", "--days", "1", database.Setting);

        Assert.Equal(0, exit);
        Assert.Contains("4 questions from 1 asker, 1 answered, 3 declined.", output, StringComparison.Ordinal);
        Assert.Matches(@"2 × (How many casualties were there in Kharkiv\?|how many casualties in kharkiv)", output);
        Assert.Contains("2 not helpful, 0 helpful: What is HIMARS?", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_range_is_a_usage_error()
    {
        var (exit, _, error) = await CliRun.RunAsync("report", "--from", "2026-12-01", "--to", "2026-11-01");

        Assert.Equal(2, exit);
        Assert.Contains("--from must be before --to", error, StringComparison.Ordinal);
    }
}
