using System.Data.Common;

namespace BriefBot.Storage;

/// <summary>
/// What one database does its own way, and nothing else: opening a connection, starting a write transaction, the
/// schema's DDL and where its version is kept, how times are stored, and what its errors mean. Everything the store
/// does with these is written once in <see cref="SqlBriefBotStore"/>, in SQL both databases speak.
/// </summary>
public abstract class StoreDialect : IDisposable, IAsyncDisposable
{
    /// <summary>The database as messages name it, e.g. <c>database '/data/briefbot.db'</c>; never a password.</summary>
    public abstract string Description { get; }

    /// <summary>What to point elsewhere when the database is not ours to use, e.g. <c>Storage:Path at another file</c>.</summary>
    public abstract string ElsewhereHint { get; }

    /// <summary>
    /// The statement that forgets handled events older than <c>@cutoff</c>. Its own per database because replicas
    /// of a server database prune at once and must not wait for each other's rows.
    /// </summary>
    public abstract string PruneHandledEventsSql { get; }

    /// <summary>An open connection of the pool, set up for writes of <paramref name="durability"/>.</summary>
    public abstract Task<DbConnection> OpenAsync(Durability durability, CancellationToken cancellationToken = default);

    /// <summary>A transaction in which a read followed by a write cannot be overtaken by another connection's write to the same rows.</summary>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default);

    /// <summary>A read-only transaction in which every statement sees the same snapshot of the database.</summary>
    public abstract ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken = default);

    /// <summary>The store's failure for <paramref name="error"/>, naming the database and the reason; null when it is not the database's error.</summary>
    public abstract Exception? Translate(string action, Exception error);

    /// <summary>A failure of this database with a message of the store's own.</summary>
    public abstract Exception Failure(string message);

    /// <summary>Readies the database for migrating (its folder, its journal mode), outside any transaction.</summary>
    public virtual Task PrepareAsync(SqlDatabase database, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// In the migration's transaction: waits until no other process migrates, then reads the schema version the
    /// database has (0 when empty).
    /// </summary>
    public abstract Task<int> LockAndReadSchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken = default);

    /// <summary>In the migration's transaction, after the migrations from <paramref name="from"/> to <paramref name="to"/> ran: records the version.</summary>
    public abstract Task WriteSchemaVersionAsync(DbConnection connection, int from, int to, CancellationToken cancellationToken = default);

    /// <summary>A time as its column stores it.</summary>
    public abstract object Time(DateTimeOffset value);

    /// <summary>A bound of a half-open time range, so that <c>at &gt;= @from AND at &lt; @to</c> selects exactly the rows the exact bound would.</summary>
    public virtual object TimeBound(DateTimeOffset value) => Time(value);

    /// <summary>A time read back, as an instant in UTC.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>At shutdown, once nothing writes any more: leaves the database complete and closed. True when there was something to do.</summary>
    public virtual Task<bool> FlushAsync(SqlDatabase database, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected virtual ValueTask DisposeAsyncCore()
    {
        Dispose(disposing: true);
        return ValueTask.CompletedTask;
    }
}
