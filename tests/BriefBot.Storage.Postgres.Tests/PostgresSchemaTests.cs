namespace BriefBot.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TestDatabase db = server.NewDatabase();

    public Task InitializeAsync() => db.CreateAsync();

    public Task DisposeAsync() => db.DisposeAsync().AsTask();

    [PostgresFact]
    public async Task Every_time_is_a_timestamptz_and_no_column_can_hold_a_platform_user_id()
    {
        await db.Store().InitializeAsync(CancellationToken.None);

        Assert.Equal(0L, await db.CountAsync("information_schema.columns WHERE table_schema = 'public' AND column_name IN ('at', 'due_at', 'updated_at', 'applied_at') AND data_type <> 'timestamp with time zone'"));
        Assert.Equal(11L, await db.CountAsync("information_schema.columns WHERE table_schema = 'public' AND data_type = 'timestamp with time zone'"));
        Assert.Equal(2L, await db.CountAsync("information_schema.columns WHERE table_schema = 'public' AND column_name = 'asker_hash'"));
        Assert.Equal(0L, await db.CountAsync("information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%user%'"));
    }

    [PostgresFact]
    public async Task Each_applied_version_is_recorded_once_with_its_time()
    {
        await Task.WhenAll(db.Store().InitializeAsync(CancellationToken.None), db.Store().InitializeAsync(CancellationToken.None));

        Assert.Equal((long)SchemaMigrations.CurrentVersion, await db.CountAsync("briefbot_schema"));
        Assert.Equal(0L, await db.CountAsync("briefbot_schema WHERE applied_at IS NULL OR applied_at > now()"));
    }
}
