using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using BriefBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefBot.Tests.Cli;

/// <summary>The one-shot commands that read the store see what authors taught as chat does.</summary>
public sealed class ReportLearnedEntriesTests
{
    [Fact]
    public async Task A_learned_entry_marked_not_helpful_is_named_in_the_report()
    {
        using var database = new TempDatabase();
        await using (var store = new SqliteBriefBotStore(Options.Create(new StorageOptions { Path = database.Path }), NullLogger<SqliteBriefBotStore>.Instance))
        {
            var entry = await store.AddLearnedEntryAsync(["Is the cafeteria open on Sundays?"], "No: Monday to Friday only.", "Ada", DateTimeOffset.UtcNow);
            await store.RecordFeedbackAsync(new Feedback(entry.Id, false, "slack", "C1", "hash-1"), DateTimeOffset.UtcNow, CancellationToken.None);
        }

        var (exit, output, _) = await CliRun.RunAsync("report", "--days", "1", database.Setting);

        Assert.Equal(0, exit);
        Assert.Contains("1 not helpful, 0 helpful: Is the cafeteria open on Sundays? [learned-", output, StringComparison.Ordinal);
    }
}
