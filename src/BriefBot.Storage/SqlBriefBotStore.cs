using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace BriefBot.Storage;

/// <summary>
/// <see cref="IBriefBotStore"/> written once for every SQL database; a store for one database is this with its
/// <see cref="StoreDialect"/>. A singleton used from many channels at once: every operation borrows its own pooled
/// connection, and every write is one transaction. Every claim (digest run, platform event, secret) is a single
/// <c>INSERT … ON CONFLICT</c> statement, which the database makes atomic across connections and processes, so
/// exactly one wins it. Any operation creates or migrates the schema first if <see cref="InitializeAsync"/> has not
/// run yet, so commands that start no hosted services still work.
/// </summary>
public abstract partial class SqlBriefBotStore : IBriefBotStore, IDisposable, IAsyncDisposable
{
    private readonly SqlDatabase database;
    private readonly IReadOnlyList<string> migrations;
    private readonly ILogger logger;
    private readonly SemaphoreSlim initializing = new(1, 1);
    private volatile bool initialized;

    /// <param name="dialect">The database; the store disposes it.</param>
    /// <param name="migrations">The dialect's schema, one DDL script per version.</param>
    /// <param name="logger">The store's log.</param>
    protected SqlBriefBotStore(StoreDialect dialect, IReadOnlyList<string> migrations, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(logger);
        database = new SqlDatabase(dialect);
        this.migrations = migrations;
        this.logger = logger;
    }

    private StoreDialect Dialect => database.Dialect;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!initialized)
            {
                await CreateOrMigrateAsync(cancellationToken).ConfigureAwait(false);
                initialized = true;
            }
        }
        finally
        {
            initializing.Release();
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (initialized && await Dialect.FlushAsync(database, cancellationToken).ConfigureAwait(false))
        {
            Log.Flushed(logger, Dialect.Description);
        }
    }

    /// <summary>Closes the pooled connections; the host calls it at shutdown.</summary>
    public void Dispose()
    {
        Dialect.Dispose();
        initializing.Dispose();
        GC.SuppressFinalize(this);
    }

    // Also asynchronously: a host disposing asynchronously closes a server's connections without blocking a thread.
    public async ValueTask DisposeAsync()
    {
        await Dialect.DisposeAsync().ConfigureAwait(false);
        initializing.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task EnsureInitializedAsync(CancellationToken cancellationToken) =>
        initialized ? Task.CompletedTask : InitializeAsync(cancellationToken);

    private async Task CreateOrMigrateAsync(CancellationToken cancellationToken)
    {
        await Dialect.PrepareAsync(database, cancellationToken).ConfigureAwait(false);
        var from = await database.WriteAsync("create or migrate the schema", Durability.Full, (connection, ct) =>
            SchemaMigrator.MigrateAsync(Dialect, connection, migrations, ct), cancellationToken).ConfigureAwait(false);
        if (from != migrations.Count)
        {
            Log.Migrated(logger, Dialect.Description, from, migrations.Count);
        }

        Log.Ready(logger, Dialect.Description, migrations.Count);
    }
}
