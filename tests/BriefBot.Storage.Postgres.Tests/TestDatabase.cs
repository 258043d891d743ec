using BriefBot.Core.Storage;
using BriefBot.Storage.Contract;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BriefBot.Storage.Postgres.Tests;

/// <summary>A database of its own on the test server, with a random name; dropped on dispose.</summary>
internal sealed class TestDatabase(string adminConnectionString) : IStoreHarness
{
    private readonly List<PostgresBriefBotStore> stores = [];

    public string Name { get; } = "briefbot_test_" + Guid.NewGuid().ToString("N");

    // A small pool per replica, so racing tests fit a server's default 100 connections and queue for connections as a busy replica would.
    public string ConnectionString => new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = Name, MaxPoolSize = 10 }.ToString();

    public int CurrentSchemaVersion => SchemaMigrations.CurrentVersion;

    public Task CreateAsync() => AdminAsync($"CREATE DATABASE \"{Name}\";");

    /// <summary>A store with its own data source, so its own connection pool: another replica.</summary>
    public PostgresBriefBotStore Store(IReadOnlyList<string>? migrations = null, string? connectionString = null)
    {
        var options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString ?? ConnectionString };
        var store = new PostgresBriefBotStore(options, NullLogger<PostgresBriefBotStore>.Instance, migrations ?? SchemaMigrations.All);
        stores.Add(store);
        return store;
    }

    public IBriefBotStore Replica(string? extraMigration = null) =>
        Store(extraMigration is null ? null : [.. SchemaMigrations.All, extraMigration]);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public Task<long> CountAsync(string table) => ScalarAsync<long>($"SELECT count(*) FROM {table};");

    public Task<int> SchemaVersionAsync() => ScalarAsync<int>("SELECT coalesce(max(version), 0) FROM briefbot_schema;");

    public Task SetSchemaVersionAsync(int version) => ScalarAsync<object>($"INSERT INTO briefbot_schema (version) VALUES ({version}) RETURNING version;");

    public async ValueTask DisposeAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        // The pools of the raw connections above still hold connections to the database; FORCE ends them.
        await AdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE);");
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
