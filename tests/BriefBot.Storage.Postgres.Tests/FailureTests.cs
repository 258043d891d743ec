using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BriefBot.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class FailureTests(PostgresServer server) : IAsyncLifetime
{
    private const string Password = "Pa55-never-in-a-message";
    private TestDatabase? db;

    // The database is made by the tests that need a server, so the one that needs none runs without one.
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }

    // Needs no server: nothing listens on the port.
    [Fact]
    public async Task An_unreachable_server_fails_naming_host_port_and_database_but_not_the_password()
    {
        var port = ThrowawayServer.FreePort();
        var connectionString = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Database = "briefbot", Username = "briefbot", Password = Password, Timeout = 3 }.ToString();
        var options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString };
        await using var store = new PostgresBriefBotStore(options, NullLogger<PostgresBriefBotStore>.Instance, SchemaMigrations.All);

        var error = await Assert.ThrowsAsync<StorageException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Equal($"127.0.0.1:{port}/briefbot", error.Database);
        Assert.Contains($"(PostgreSQL database 127.0.0.1:{port}/briefbot)", error.Message, StringComparison.Ordinal);
        Assert.Contains("the server cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_refused_login_fails_naming_the_user_but_not_the_password()
    {
        var db = await DatabaseAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Username = "briefbot_nobody", Password = Password }.ToString();
        var store = db.Store(connectionString: connectionString);

        var error = await Assert.ThrowsAsync<StorageException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Contains("create or migrate the schema", error.Message, StringComparison.Ordinal);
        Assert.Contains($"/{db.Name})", error.Message, StringComparison.Ordinal);
        Assert.Contains("the server refused the login of user 'briefbot_nobody'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("28", error.SqlState, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_missing_database_fails_saying_so()
    {
        var db = await DatabaseAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = db.Name + "_missing" }.ToString();
        var store = db.Store(connectionString: connectionString);

        var error = await Assert.ThrowsAsync<StorageException>(() => store.GetQuestionsAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None));

        Assert.Equal("3D000", error.SqlState);
        Assert.Contains("the database does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains(db.Name + "_missing", error.Message, StringComparison.Ordinal);
    }

    private async Task<TestDatabase> DatabaseAsync()
    {
        db = server.NewDatabase();
        await db.CreateAsync();
        return db;
    }
}
