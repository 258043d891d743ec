using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Net.Sockets;
using Npgsql;

namespace BriefBot.Storage.Postgres;

/// <summary>
/// One PostgreSQL database through one <see cref="NpgsqlDataSource"/> (and so one connection pool per process):
/// times as <c>timestamptz</c> (see <see cref="StoredTime"/>), the schema version in <c>briefbot_schema</c> under an
/// advisory lock, and Npgsql's failures as a <see cref="StorageException"/> that names the server, the database and
/// what failed. The password is never part of a message: descriptions are built from host, port, database and user only.
/// </summary>
internal sealed class PostgresDialect : StoreDialect
{
    // Any fixed number, the same in every BriefBot: replicas starting at once queue on it, so one migrates and the
    // others then find the schema current. An xact lock ends with the transaction, so a crash cannot leave it held.
    private const long MigrationLock = 0x4272_6965_6642_6F74; // "BriefBot"

    private readonly NpgsqlDataSource dataSource;
    private readonly string user;

    public PostgresDialect(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            // Npgsql's message quotes the offending keyword, never the value, so it is safe to pass on.
            throw new StorageException("(unparsed)", $"Storage:ConnectionString is not a valid PostgreSQL connection string: {e.Message}", e);
        }

        user = builder.Username ?? Environment.UserName;
        Name = $"{builder.Host}:{builder.Port}/{builder.Database ?? user}";
        dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The database as <c>host:port/database</c>, for messages and logs.</summary>
    public string Name { get; }

    public override string Description => $"PostgreSQL database {Name}";

    public override string ElsewhereHint => "Storage:ConnectionString at another database";

    // Replicas prune at once: each skips the old rows another is deleting rather than wait for them, which could
    // deadlock two claims. The rows are deleted by their ctid, which the planner looks up directly; a join on the key
    // was planned as a scan of the whole table on every claim.
    public override string PruneHandledEventsSql =>
        "DELETE FROM handled_events WHERE ctid = ANY (ARRAY (SELECT ctid FROM handled_events WHERE at < @cutoff FOR UPDATE SKIP LOCKED));";

    // Every commit is durable on the server; there is nothing to choose per write.
    public override async Task<DbConnection> OpenAsync(Durability durability, CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    // Read committed: each statement sees every commit before it, and an INSERT … ON CONFLICT waits for a racing
    // writer of the same row and then re-checks against its commit, which is all a claim needs.
    public override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    public override async ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

    public override async Task<int> LockAndReadSchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        using (var lockAndCreate = connection.Command(
            """
            SELECT pg_advisory_xact_lock(@lock);
            CREATE TABLE IF NOT EXISTS briefbot_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
            """,
            ("lock", MigrationLock)))
        {
            await lockAndCreate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var read = connection.Command("SELECT coalesce(max(version), 0) FROM briefbot_schema;");
        return (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    // One row per version applied, with its time.
    public override async Task WriteSchemaVersionAsync(DbConnection connection, int from, int to, CancellationToken cancellationToken)
    {
        for (var version = from + 1; version <= to; version++)
        {
            using var record = connection.Command("INSERT INTO briefbot_schema (version) VALUES (@version);", ("version", version));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override object Time(DateTimeOffset value) => StoredTime.ToStored(value);

    public override object TimeBound(DateTimeOffset value) => StoredTime.ToBound(value);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override Exception Failure(string message) => new StorageException(Name, message);

    public override Exception? Translate(string action, Exception error)
    {
        if (error is not (NpgsqlException or TimeoutException))
        {
            return null;
        }

        var state = (error as PostgresException)?.SqlState;
        var reason = state switch
        {
            "28P01" or "28000" => $"the server refused the login of user '{user}' (check Username and Password in Storage:ConnectionString)",
            "3D000" => "the database does not exist (create it, or check Database in Storage:ConnectionString)",
            "42501" => $"user '{user}' lacks a permission it needs (it must be able to create tables in the database's schema)",
            "25006" => "the server is read-only (is Storage:ConnectionString pointing at a standby?)",
            "53300" => "the server has no connection left (too many clients)",
            "57P01" or "57P02" or "57P03" => "the server is shutting down or starting up",
            not null => ((PostgresException)error).MessageText,
            null when error is TimeoutException || error.InnerException is TimeoutException => "timed out connecting to the server or waiting for a free pooled connection (check Host and Port, and Timeout or Maximum Pool Size in Storage:ConnectionString)",
            null when error.InnerException is SocketException or IOException => "the server cannot be reached (check Host and Port in Storage:ConnectionString, and that PostgreSQL is running and accepts TCP connections)",
            _ => error.Message,
        };
        return new StorageException(Name, $"Could not {action} ({Description}): {reason}.", error) { SqlState = state };
    }

    protected override void Dispose(bool disposing)
    {
        dataSource.Dispose();
        base.Dispose(disposing);
    }

    [SuppressMessage("Usage", "CA2215:Dispose methods should call base class dispose", Justification = "The base's asynchronous default is to run Dispose(true); the data source is disposed asynchronously here instead, once.")]
    protected override ValueTask DisposeAsyncCore() => dataSource.DisposeAsync();
}
