using Npgsql;

namespace BriefBot.Storage.Postgres.Tests;

/// <summary>
/// The server every test in the collection uses: <c>BRIEFBOT_TEST_POSTGRES</c>'s, or a throwaway one. Hands out
/// fresh databases so tests stay independent. When no server can be had, it starts nothing: the tests are skipped
/// (see <see cref="PostgresFactAttribute"/>), or, when PostgreSQL is required, fail with the reason.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private ThrowawayServer? throwaway;

    /// <summary>The connection string of a user that may create databases.</summary>
    internal string AdminConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (PostgresAvailability.ExternalServer is { } external)
        {
            AdminConnectionString = external;
        }
        else if (PostgresAvailability.Reason is null)
        {
            throwaway = await ThrowawayServer.StartAsync();
            AdminConnectionString = throwaway.ConnectionString;
        }
    }

    public Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        throwaway?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A database of its own, created on <see cref="TestDatabase.CreateAsync"/> and dropped on dispose.</summary>
    internal TestDatabase NewDatabase() =>
        new(AdminConnectionString is { Length: > 0 } admin
            ? admin
            : throw new InvalidOperationException($"PostgreSQL is required ({PostgresAvailability.RequireVariable}=1) but not available: {PostgresAvailability.Reason}"));
}
