using BriefBot.Storage.Contract;

namespace BriefBot.Storage.Sqlite.Tests;

public sealed class SchemaTests : IDisposable
{
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task First_start_creates_the_folder_and_the_file_with_the_current_schema_version()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(db.DatabasePath)));

        await db.OpenAsync();

        Assert.True(File.Exists(db.DatabasePath));
        Assert.Equal((long)SchemaMigrations.CurrentVersion, db.Scalar("PRAGMA user_version;"));
        foreach (var table in new[] { "questions", "feedback", "digest_runs", "posted_digests", "posted_facts", "secrets" })
        {
            Assert.Equal(1L, db.Scalar($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}';"));
        }
    }

    [Fact]
    public async Task The_database_is_in_WAL_mode()
    {
        await db.OpenAsync();

        Assert.Equal("wal", db.Scalar("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task The_queries_have_their_indexes()
    {
        await db.OpenAsync();

        Assert.Contains("questions_by_time", Plan("SELECT * FROM questions WHERE at >= '2025' AND at < '2026' ORDER BY at"), StringComparison.Ordinal);
        Assert.Contains("feedback_by_time", Plan("SELECT entry_id, sum(helpful) FROM feedback WHERE at >= '2025' AND at < '2026' GROUP BY entry_id"), StringComparison.Ordinal);
        Assert.Contains("PRIMARY KEY", Plan("SELECT * FROM digest_runs WHERE digest = 'x' ORDER BY due_at DESC LIMIT 1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_column_can_hold_a_platform_user_id()
    {
        await db.OpenAsync();

        var columns = new List<string>();
        foreach (var table in new[] { "questions", "feedback" })
        {
            using var connection = db.Raw();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_table_info('{table}');";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }

        Assert.Contains("asker_hash", columns);
        Assert.DoesNotContain(columns, c => c.Contains("user", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_restart_keeps_what_was_stored()
    {
        var first = await db.OpenAsync();
        await first.RecordQuestionAsync(new(StoreContract.T0, "slack", "C1", "h1", "When is the deadline?", false, null, 12), CancellationToken.None);
        Assert.True(await first.TryClaimRunAsync("daily", StoreContract.T0, StoreContract.T0, CancellationToken.None));
        first.Dispose();

        var second = await db.OpenAsync(TimeSpan.FromSeconds(4));

        Assert.Single(await second.GetQuestionsAsync(StoreContract.T0, StoreContract.T0.AddDays(1), CancellationToken.None));
        Assert.False(await second.TryClaimRunAsync("daily", StoreContract.T0, StoreContract.T0, CancellationToken.None));
        Assert.Equal((long)SchemaMigrations.CurrentVersion, db.Scalar("PRAGMA user_version;"));
    }

    [Fact]
    public async Task An_older_database_is_migrated_and_keeps_its_data()
    {
        var old = db.Store(migrations: [SchemaMigrations.All[0]]);
        await old.InitializeAsync(CancellationToken.None);
        old.Dispose();

        // Written as the BriefBot of that schema wrote it: today's store writes columns that schema lacks.
        db.Execute("INSERT INTO questions (at, platform, channel, text, answered, entry_id, confidence) VALUES ('2025-03-28T09:00:00.0000000Z', 'slack', 'C1', 'Where is the venue?', 1, 'venue', 90);");

        var newer = db.Store(TimeSpan.FromSeconds(4), [.. SchemaMigrations.All, "ALTER TABLE questions ADD COLUMN language TEXT NULL;"]);
        await newer.InitializeAsync(CancellationToken.None);

        Assert.Equal((long)SchemaMigrations.CurrentVersion + 1, db.Scalar("PRAGMA user_version;"));
        Assert.Equal(1L, db.Scalar("SELECT count(*) FROM pragma_table_info('questions') WHERE name = 'language';"));
        var question = Assert.Single(await newer.GetQuestionsAsync(StoreContract.T0, StoreContract.T0.AddDays(1), CancellationToken.None));
        Assert.Equal(("Where is the venue?", "venue", (string?)null), (question.Text, question.EntryId, question.Knowledge));
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_database_as_it_was()
    {
        (await db.OpenAsync()).Dispose();

        var broken = db.Store(TimeSpan.FromSeconds(4), [.. SchemaMigrations.All, "CREATE TABLE half_done (x TEXT); THIS IS NOT SQL;"]);
        var error = await Assert.ThrowsAsync<StorageException>(() => broken.InitializeAsync(CancellationToken.None));

        Assert.Contains(db.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Equal((long)SchemaMigrations.CurrentVersion, db.Scalar("PRAGMA user_version;"));
        Assert.Equal(0L, db.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half_done';"));
    }

    private string Plan(string sql)
    {
        using var connection = db.Raw();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var plan = "";
        while (reader.Read())
        {
            plan += reader.GetString(3) + "\n";
        }

        return plan;
    }
}
