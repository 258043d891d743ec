using BriefBot.Storage.Postgres.Tests;
using Npgsql;

namespace BriefBot.Authoring.Tests.Support;

/// <summary>
/// A fresh PostgreSQL database on <c>BRIEFBOT_TEST_POSTGRES</c>'s server or a throwaway one (the store tests'
/// <see cref="ThrowawayServer"/>), dropped on dispose. Where no server can be had it starts nothing, and the tests
/// using it are skipped (or fail with the reason when PostgreSQL is required).
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly string name = "briefbot_authoring_" + Guid.NewGuid().ToString("N");
    private ThrowawayServer? throwaway;
    private string admin = "";

    public string ConnectionString => admin.Length > 0
        ? new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 10 }.ToString()
        : throw new InvalidOperationException($"PostgreSQL is required ({PostgresAvailability.RequireVariable}=1) but not available: {PostgresAvailability.Reason}");

    public async Task InitializeAsync()
    {
        if (PostgresAvailability.ExternalServer is { } external)
        {
            admin = external;
        }
        else if (PostgresAvailability.Reason is null)
        {
            throwaway = await ThrowawayServer.StartAsync();
            admin = throwaway.ConnectionString;
        }

        if (admin.Length > 0)
        {
            await AdminAsync($"CREATE DATABASE \"{name}\";");
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (admin.Length > 0)
        {
            await AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);");
        }

        throwaway?.Dispose();
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
