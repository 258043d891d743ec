using System.Net.Sockets;
using Npgsql;

namespace BriefBot.Storage.Postgres;

/// <summary>
/// One PostgreSQL database through one <see cref="NpgsqlDataSource"/> (and so one connection pool per process), and
/// the translation of Npgsql's failures into a <see cref="StorageException"/> that names the server, the database
/// and what failed. The password is never part of a message: descriptions are built from host, port, database and
/// user only.
/// </summary>
internal sealed class PostgresDatabase : IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly string user;

    public PostgresDatabase(string connectionString)
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

    /// <summary>Runs <paramref name="work"/> on a pooled connection, outside any explicit transaction.</summary>
    public async Task<T> RunAsync<T>(string action, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await work(connection, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Failure(action, e, cancellationToken);
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is committed, or none of it.</summary>
    public Task<T> TransactionAsync<T>(string action, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(action, async (connection, ct) =>
        {
            var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(connection, ct).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken);

    public void Dispose() => dataSource.Dispose();

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private Exception Failure(string action, Exception e, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException("The storage operation was cancelled.", e, cancellationToken);
        }

        var state = (e as PostgresException)?.SqlState;
        var reason = state switch
        {
            "28P01" or "28000" => $"the server refused the login of user '{user}' (check Username and Password in Storage:ConnectionString)",
            "3D000" => "the database does not exist (create it, or check Database in Storage:ConnectionString)",
            "42501" => $"user '{user}' lacks a permission it needs (it must be able to create tables in the database's schema)",
            "25006" => "the server is read-only (is Storage:ConnectionString pointing at a standby?)",
            "53300" => "the server has no connection left (too many clients)",
            "57P01" or "57P02" or "57P03" => "the server is shutting down or starting up",
            not null => ((PostgresException)e).MessageText,
            null when e is TimeoutException || e.InnerException is TimeoutException => "timed out connecting to the server or waiting for a free pooled connection (check Host and Port, and Timeout or Maximum Pool Size in Storage:ConnectionString)",
            null when e.InnerException is SocketException or IOException => "the server cannot be reached (check Host and Port in Storage:ConnectionString, and that PostgreSQL is running and accepts TCP connections)",
            _ => e.Message,
        };
        return new StorageException(Name, $"Could not {action} (PostgreSQL database {Name}): {reason}.", e) { SqlState = state };
    }
}
