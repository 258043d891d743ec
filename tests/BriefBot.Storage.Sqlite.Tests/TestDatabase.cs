using BriefBot.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Storage.Sqlite.Tests;

/// <summary>A database file in a fresh temporary folder (inside a folder that does not exist yet), deleted afterwards.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly List<SqliteBriefBotStore> stores = [];

    public TestDatabase()
    {
        Root = Path.Combine(Path.GetTempPath(), "briefbot-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        DatabasePath = Path.Combine(Root, "data", "briefbot.db");
    }

    public string Root { get; }

    public string DatabasePath { get; }

    /// <summary>A store on this file. Stores with different busy timeouts get separate connection pools, like separate processes.</summary>
    public SqliteBriefBotStore Store(TimeSpan? busyTimeout = null, IReadOnlyList<string>? migrations = null, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate, string? path = null)
    {
        var options = new StorageOptions { Path = path ?? DatabasePath, BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(5) };
        var store = new SqliteBriefBotStore(options, NullLogger<SqliteBriefBotStore>.Instance, migrations ?? SchemaMigrations.All, mode);
        stores.Add(store);
        return store;
    }

    public async Task<SqliteBriefBotStore> OpenAsync(TimeSpan? busyTimeout = null)
    {
        var store = Store(busyTimeout);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    /// <summary>A connection of its own, outside any pool: "another process" looking at or locking the file.</summary>
    public SqliteConnection Raw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Execute(string sql)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.Dispose();
        }

        Directory.Delete(Root, recursive: true);
    }
}
