using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BriefBot.Storage.Sqlite;

/// <summary>
/// One SQLite file in WAL mode: opens a connection per operation (Microsoft.Data.Sqlite pools them, and a connection
/// must not be shared across threads) with the per-connection pragmas, writes in <c>BEGIN IMMEDIATE</c> transactions,
/// keeps the schema version in <c>PRAGMA user_version</c> and times as text (see <see cref="StoredTime"/>), and turns
/// SQLite's errors into a <see cref="StorageException"/> that names the file and what failed. Microsoft.Data.Sqlite
/// does all its work synchronously; its asynchronous methods only wrap the synchronous ones.
/// </summary>
internal sealed class SqliteDialect : StoreDialect
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int ReadOnly = 8;
    private const int NotADatabase = 26;

    private readonly string connectionString;
    private readonly int busySeconds;

    public SqliteDialect(string path, TimeSpan busyTimeout, SqliteOpenMode mode)
    {
        Path = System.IO.Path.GetFullPath(path);

        // Microsoft.Data.Sqlite retries a busy statement itself until its command timeout, in whole seconds (0 means
        // forever), has passed since the statement started. SQLite's busy handler is given the same whole seconds, so
        // the first busy wait ends exactly at that timeout and the retry loop gives up at once instead of waiting again.
        // A busy timeout is therefore rounded up to whole seconds, at least one.
        busySeconds = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds));
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = mode,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = busySeconds,
        }.ToString();
    }

    /// <summary>The absolute path of the database file.</summary>
    public string Path { get; }

    public override string Description => $"SQLite database '{Path}'";

    public override string ElsewhereHint => "Storage:Path at another file";

    public override string PruneHandledEventsSql => "DELETE FROM handled_events WHERE at < @cutoff;";

    public override async Task<DbConnection> OpenAsync(Durability durability, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Both are per connection, and a pooled connection keeps what its previous user set, so set them every time.
            // synchronous=NORMAL: in WAL mode a commit survives a crash of the process but may be lost if the machine
            // loses power before the next checkpoint; FULL syncs the WAL at every commit.
            var synchronous = durability == Durability.Full ? "FULL" : "NORMAL";
            using var pragmas = connection.Command($"PRAGMA busy_timeout = {busySeconds * 1000}; PRAGMA synchronous = {synchronous};");
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // BEGIN IMMEDIATE: the write lock is taken before the first read, so a read-then-write cannot be overtaken by
    // another connection or process, and a busy database fails at the start instead of half way. Only one connection
    // in any process is between BEGIN and COMMIT, which is what makes a claim exclusive across processes.
    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    // A deferred transaction in WAL mode reads from the snapshot its first read sees, and never waits for a writer.
    public override ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override async Task PrepareAsync(SqlDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw FailureOf("create the database folder", e.Message, e);
        }

        // WAL lets readers go on while a write is in progress and keeps committed writes through a crash. The mode is
        // stored in the file, and cannot be changed inside a transaction, so it is set on its own before migrating.
        var journal = await database.RunAsync("switch to WAL journal mode", static async (connection, ct) =>
        {
            using var command = connection.Command("PRAGMA journal_mode = WAL;");
            return (string?)await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw FailureOf("switch to WAL journal mode", $"SQLite kept journal mode '{journal}' (WAL needs a local file system that supports shared memory)");
        }
    }

    // BEGIN IMMEDIATE already keeps every other writer out, so a second process migrates only after the first committed.
    public override async Task<int> LockAndReadSchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        using var read = connection.Command("PRAGMA user_version;");
        return Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    // Written even when nothing changed: it is the cheapest real write, so a database that can be opened but not
    // written (read-only file, folder or mount) fails here at start-up rather than on the first digest.
    public override async Task WriteSchemaVersionAsync(DbConnection connection, int from, int to, CancellationToken cancellationToken)
    {
        using var write = connection.Command($"PRAGMA user_version = {to};");
        await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override object Time(DateTimeOffset value) => StoredTime.ToText(value);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => StoredTime.FromText(reader.GetString(ordinal));

    /// <summary>
    /// Moves every committed write from the WAL into the database file and empties the WAL, so a stopped bot leaves
    /// one self-contained file behind (safe to copy or back up) and the next start has nothing to replay.
    /// </summary>
    public override async Task<bool> FlushAsync(SqlDatabase database, CancellationToken cancellationToken)
    {
        await database.RunAsync("checkpoint the write-ahead log", static async (connection, ct) =>
        {
            using var command = connection.Command("PRAGMA wal_checkpoint(TRUNCATE);");
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        ClearPool();
        return true;
    }

    public override Exception Failure(string message) => new StorageException(Path, message);

    public override Exception? Translate(string action, Exception error)
    {
        if (error is not SqliteException e)
        {
            return null;
        }

        var code = e.SqliteErrorCode & 0xFF;
        var reason = code switch
        {
            Busy or Locked => $"the database is locked by another process (gave up after waiting {busySeconds} s for its lock)",
            ReadOnly => "the database file is read-only (check the permissions of the file and its folder, and the file system)",
            CannotOpen => "the database file cannot be opened or created (check that its folder exists and is writable)",
            Full => "the disk is full",
            Corrupt or NotADatabase => "the file is not a BriefBot database or is corrupt",
            IoError => "a disk I/O error occurred",
            _ => e.Message,
        };
        return FailureOf(action, reason, e, code);
    }

    /// <summary>Closes the pooled connections of this file, which releases its file handles and lets SQLite checkpoint the WAL.</summary>
    private void ClearPool()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    protected override void Dispose(bool disposing)
    {
        ClearPool();
        base.Dispose(disposing);
    }

    private StorageException FailureOf(string action, string reason, Exception? inner = null, int? sqliteErrorCode = null) =>
        new(Path, $"Could not {action} (database '{Path}'): {reason}.", inner) { SqliteErrorCode = sqliteErrorCode };
}
