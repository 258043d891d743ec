using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BriefBot.Storage.Sqlite.Tests;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Theory]
    [InlineData(false, 1L)]
    [InlineData(true, 2L)]
    public async Task Each_write_sets_its_durability_busy_timeout_and_foreign_keys_on_its_connection(bool full, long synchronous)
    {
        var durability = full ? Durability.Full : Durability.Normal;
        await db.OpenAsync();
        using var dialect = new SqliteDialect(db.DatabasePath, TimeSpan.FromMilliseconds(1500), SqliteOpenMode.ReadWrite);
        var database = new SqlDatabase(dialect);

        // Twice, so the second write runs on the pooled connection the first one left with other settings.
        foreach (var mode in new[] { durability == Durability.Full ? Durability.Normal : Durability.Full, durability })
        {
            var pragmas = await database.WriteAsync("inspect", mode, async (connection, ct) =>
                (Synchronous: await ScalarAsync(connection, "PRAGMA synchronous;", ct), Busy: await ScalarAsync(connection, "PRAGMA busy_timeout;", ct), ForeignKeys: await ScalarAsync(connection, "PRAGMA foreign_keys;", ct)),
                CancellationToken.None);

            Assert.Equal((mode == durability ? synchronous : 3 - synchronous, 2000L, 1L), pragmas);
        }
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.Command(sql);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
