using System.Data.Common;

namespace BriefBot.Storage;

/// <summary>
/// Runs the store's work on a connection of the dialect's pool, in a write transaction or not, and turns the
/// database's errors into the dialect's failure that names the database and what failed. A connection is never
/// shared across operations: each one borrows its own, as a singleton used from many channels at once must.
/// </summary>
public sealed class SqlDatabase(StoreDialect dialect)
{
    public StoreDialect Dialect { get; } = dialect;

    /// <summary>
    /// Runs <paramref name="work"/> outside an explicit transaction: for reads, which see the last commit, and for
    /// statements that cannot run in a transaction.
    /// </summary>
    public Task<T> RunAsync<T>(string action, Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        RunAsync(action, Durability.Normal, work, cancellationToken);

    /// <summary>
    /// Runs a write that is one statement (or one command the database runs as a unit) outside an explicit
    /// transaction: the database makes it atomic on its own, and a server is asked once instead of three times.
    /// </summary>
    public async Task<T> RunAsync<T>(string action, Durability durability, Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await Dialect.OpenAsync(durability, cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await work(connection, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (Dialect.Translate(action, e) is { } failure)
        {
            throw Cancelled(e, cancellationToken) ?? failure;
        }
    }

    /// <summary>Runs <paramref name="read"/> in a transaction whose statements all see one snapshot: several reads that must agree.</summary>
    public Task<T> ReadSnapshotAsync<T>(string action, Func<DbConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default) =>
        InTransactionAsync(action, Durability.Normal, Dialect.BeginSnapshotAsync, read, cancellationToken);

    /// <summary>Runs <paramref name="write"/> in one write transaction: all of it is committed, or none of it.</summary>
    public Task<T> WriteAsync<T>(string action, Durability durability, Func<DbConnection, CancellationToken, Task<T>> write, CancellationToken cancellationToken = default) =>
        InTransactionAsync(action, durability, Dialect.BeginWriteAsync, write, cancellationToken);

    private Task<T> InTransactionAsync<T>(
        string action,
        Durability durability,
        Func<DbConnection, CancellationToken, ValueTask<DbTransaction>> begin,
        Func<DbConnection, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken) =>
        RunAsync(action, durability, async (connection, ct) =>
        {
            var transaction = await begin(connection, ct).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(connection, ct).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken);

    // A command cancelled by the caller fails with the database's own error; that is the caller's cancellation, not a storage failure.
    private static OperationCanceledException? Cancelled(Exception e, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? new OperationCanceledException("The storage operation was cancelled.", e, cancellationToken) : null;
}
