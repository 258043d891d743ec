using BriefBot.Core.Storage;
using BriefBot.Storage.Contract;

namespace BriefBot.Storage.Sqlite.Tests;

/// <summary>The store contract's view of a SQLite file in a fresh folder.</summary>
internal sealed class SqliteHarness : IStoreHarness
{
    private readonly TestDatabase db = new();
    private int replicas;

    public int CurrentSchemaVersion => SchemaMigrations.CurrentVersion;

    // SQLite creates the file on the first store's first start.
    public Task CreateAsync() => Task.CompletedTask;

    // A busy timeout of its own gives each replica its own connection pool, as another process would have.
    public IBriefBotStore Replica(string? extraMigration = null) =>
        db.Store(TimeSpan.FromSeconds(5 + ++replicas), extraMigration is null ? null : [.. SchemaMigrations.All, extraMigration]);

    public Task<long> CountAsync(string table) => Task.FromResult((long)db.Scalar($"SELECT count(*) FROM {table};")!);

    public Task<int> SchemaVersionAsync() => Task.FromResult((int)(long)db.Scalar("PRAGMA user_version;")!);

    public Task SetSchemaVersionAsync(int version)
    {
        db.Execute($"PRAGMA user_version = {version};");
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        db.Dispose();
        return ValueTask.CompletedTask;
    }
}
