namespace BriefBot.Storage.Sqlite;

public sealed partial class SqliteBriefBotStore
{
    /// <summary>
    /// Moves every committed write from the WAL into the database file and empties the WAL, so a stopped bot leaves
    /// one self-contained file behind (safe to copy or back up) and the next start has nothing to replay.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!initialized)
        {
            return;
        }

        await database.RunAsync("checkpoint the write-ahead log", static async (connection, ct) =>
        {
            using var command = connection.Command("PRAGMA wal_checkpoint(TRUNCATE);");
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        database.ClearPool();
        Log.Flushed(logger, database.Path);
    }
}
