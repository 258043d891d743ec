namespace BriefBot.Storage.Contract;

public abstract class SchemaContract(IStoreHarness harness) : StoreContract(harness)
{
    // A migration that fails if it runs twice (the table exists) and counts its runs (one row per run).
    private const string Probe = "CREATE TABLE migration_probe (n integer); INSERT INTO migration_probe (n) VALUES (1);";

    [StoreFact]
    public async Task Replicas_starting_at_once_migrate_once()
    {
        var replicas = Enumerable.Range(0, 4).Select(_ => Harness.Replica(Probe)).ToArray();

        await RaceAsync(replicas, replicas.Length, async (store, _) =>
        {
            await store.InitializeAsync(CancellationToken.None);
            return true;
        });

        Assert.Equal(1L, await Harness.CountAsync("migration_probe"));
        Assert.Equal(Harness.CurrentSchemaVersion + 1, await Harness.SchemaVersionAsync());
    }

    [StoreFact]
    public async Task A_second_start_on_a_migrated_database_changes_nothing()
    {
        var store = Harness.Replica(Probe);
        await store.InitializeAsync(CancellationToken.None);
        await store.RecordQuestionAsync(new(T0, "slack", "C1", null, "Kept?", false, null, 0), CancellationToken.None);

        await Harness.Replica(Probe).InitializeAsync(CancellationToken.None);

        Assert.Equal(1L, await Harness.CountAsync("migration_probe"));
        Assert.Equal(Harness.CurrentSchemaVersion + 1, await Harness.SchemaVersionAsync());
        Assert.Single(await store.GetQuestionsAsync(T0, T0.AddDays(1), CancellationToken.None));
    }

    [StoreFact]
    public async Task A_database_from_a_newer_BriefBot_is_refused_with_a_clear_message()
    {
        await OpenAsync();
        await Harness.SetSchemaVersionAsync(99);

        var store = Harness.Replica();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains($"knows versions up to {Harness.CurrentSchemaVersion}", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer BriefBot", error.Message, StringComparison.Ordinal);
        Assert.Equal(99, await Harness.SchemaVersionAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => store.GetQuestionsAsync(T0, T0, CancellationToken.None));
    }

    [StoreFact]
    public async Task Any_operation_creates_the_schema_if_InitializeAsync_did_not_run()
    {
        var store = Harness.Replica();

        await store.RecordQuestionAsync(new(T0, "console", "local", null, "Hello?", false, null, 0), CancellationToken.None);

        Assert.Equal(Harness.CurrentSchemaVersion, await Harness.SchemaVersionAsync());
    }
}
