using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using BriefBot.Deploy.Tests.Dockerfiles;
using BriefBot.Deploy.Tests.Support;
using BriefBot.Storage.Postgres.Tests;
using Npgsql;

namespace BriefBot.Deploy.Tests.Compose;

/// <summary>
/// `docker compose --profile postgres up` without Docker: a PostgreSQL made as the compose postgres service's
/// environment says, and the replayed image run with the bot service's environment and Storage__Provider=Postgres
/// (as briefbot.env.example tells), the service name "postgres" standing for the loopback server.
/// </summary>
[Collection(ReplayedImageCollection.Name)]
public sealed class ComposePostgresTests(ReplayedImage image)
{
    [Fact]
    public async Task With_the_postgres_profile_the_bot_becomes_ready_on_postgres_and_creates_its_tables_there()
    {
        const string Password = "compose-test-password";
        var postgresEnv = ComposeFile.Environment("postgres");
        var (user, database) = (postgresEnv["POSTGRES_USER"], postgresEnv["POSTGRES_DB"]);
        using var postgres = await ThrowawayServer.StartAsync(user, Password);
        var server = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE \"{database}\"");

        var botEnv = ComposeFile.Environment("briefbot").ToDictionary(e => e.Key, e => e.Value.Replace("${POSTGRES_PASSWORD:-}", Password, StringComparison.Ordinal));
        var connection = new DbConnectionStringBuilder { ConnectionString = botEnv["Storage__ConnectionString"] };
        Assert.Equal("postgres", connection["Host"]);
        connection["Host"] = "127.0.0.1";
        connection["Port"] = server.Port.ToString(CultureInfo.InvariantCulture);
        botEnv["Storage__ConnectionString"] = connection.ConnectionString;
        botEnv["Storage__Provider"] = "Postgres";

        var container = new Container(image, botEnv);
        await using var bot = container.Start();
        var clock = Stopwatch.StartNew();
        ProcessRun.Result health;
        do
        {
            Assert.False(bot.HasExited, $"the bot exited before it was healthy\n{bot.Transcript}");
            health = await container.RunHealthCheckAsync();
        }
        while (health.ExitCode != 0 && clock.Elapsed < TimeSpan.FromSeconds(90) && await Delay());

        Assert.True(health.ExitCode == 0, $"{health}\n{bot.Transcript}");
        server.Database = database;
        Assert.NotEqual(0L, await ExecuteAsync(server.ConnectionString, "select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')"));
        // No SQLite database beside the volume: the store is PostgreSQL. The embedding cache may be there: it is a
        // local file on every store (Matching:EmbeddingCache), written once the first embedding build ends (through a
        // hidden temporary file beside it).
        Assert.DoesNotContain(Directory.EnumerateFiles(container.DataVolume), f => !Path.GetFileName(f).TrimStart('.').StartsWith("embeddings.bin", StringComparison.Ordinal));
        await bot.TerminateAsync();
        Assert.True(await bot.WaitForExitAsync(TimeSpan.FromSeconds(30)) && bot.ExitCode == 0, bot.Transcript);
    }

    private static async Task<long> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is long count ? count : 0;
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        return true;
    }
}
