using Microsoft.Data.Sqlite;

namespace BriefBot.Storage.Sqlite;

/// <summary>
/// One SQLite file: opens a connection per operation (Microsoft.Data.Sqlite pools them, and a connection must not be
/// shared across threads), sets the per-connection pragmas, and turns SQLite's errors into a
/// <see cref="StorageException"/> that names the file and what failed. Connections, commands and transactions are
/// disposed synchronously: Microsoft.Data.Sqlite does all its work synchronously, and its DisposeAsync only wraps Dispose.
/// </summary>
internal sealed class SqliteDatabase
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

    public SqliteDatabase(string path, TimeSpan busyTimeout, SqliteOpenMode mode)
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

    /// <summary>
    /// Runs <paramref name="work"/> on a connection without a transaction: for reads, which in WAL mode see the last
    /// commit and never wait for a writer, and for statements that cannot run in a transaction.
    /// </summary>
    public async Task<T> RunAsync<T>(string action, Func<SqliteConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = await OpenAsync(Durability.Normal, cancellationToken).ConfigureAwait(false);
            return await work(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw Failure(action, e, cancellationToken);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in a <c>BEGIN IMMEDIATE</c> transaction: the write lock is taken before the first
    /// read, so a read-then-write cannot be overtaken by another connection or process, and a busy database fails at
    /// the start instead of half way.
    /// </summary>
    public async Task<T> WriteAsync<T>(string action, Durability durability, Func<SqliteConnection, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = await OpenAsync(durability, cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = await write(connection, cancellationToken).ConfigureAwait(false);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e)
        {
            throw Failure(action, e, cancellationToken);
        }
    }

    /// <summary>Closes the pooled connections of this file, which releases its file handles and lets SQLite checkpoint the WAL.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    internal StorageException Failure(string action, string reason, Exception? inner = null, int? sqliteErrorCode = null) =>
        new(Path, $"Could not {action} (database '{Path}'): {reason}.", inner) { SqliteErrorCode = sqliteErrorCode };

    private async Task<SqliteConnection> OpenAsync(Durability durability, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Both are per connection, and a pooled connection keeps what its previous user set, so set them every time.
            var synchronous = durability == Durability.Full ? "FULL" : "NORMAL";
            using var pragmas = connection.Command($"PRAGMA busy_timeout = {busySeconds * 1000}; PRAGMA synchronous = {synchronous};");
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private Exception Failure(string action, SqliteException e, CancellationToken cancellationToken)
    {
        // A cancelled command is interrupted by SQLite; that is the caller's cancellation, not a storage failure.
        if (cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException("The storage operation was cancelled.", e, cancellationToken);
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
        return Failure(action, reason, e, code);
    }
}
