using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Postgres;

/// <summary>
/// <see cref="IBriefBotStore"/> on a PostgreSQL database shared by every replica. A singleton used from many channels
/// at once; each operation borrows a pooled connection. Every claim (digest run, platform event, secret) is a single
/// <c>INSERT … ON CONFLICT</c> statement, which PostgreSQL makes atomic across all connections, so exactly one replica
/// wins it without any lock held between statements. Any operation creates or migrates the schema first if
/// <see cref="InitializeAsync"/> has not run yet, so commands that start no hosted services still work.
/// </summary>
public sealed partial class PostgresBriefBotStore : IBriefBotStore, IDisposable, IAsyncDisposable
{
    private readonly PostgresDatabase database;
    private readonly IReadOnlyList<string> migrations;
    private readonly ILogger<PostgresBriefBotStore> logger;
    private readonly SemaphoreSlim initializing = new(1, 1);
    private volatile bool initialized;

    public PostgresBriefBotStore(IOptions<StorageOptions> options, ILogger<PostgresBriefBotStore> logger)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), logger, SchemaMigrations.All)
    {
    }

    /// <summary>For tests: another migration list, to build an older or newer schema.</summary>
    internal PostgresBriefBotStore(StorageOptions options, ILogger<PostgresBriefBotStore> logger, IReadOnlyList<string> migrations)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new StorageException("(none)", StorageOptions.ConnectionStringRequired);
        }

        database = new PostgresDatabase(options.ConnectionString);
        this.migrations = migrations;
        this.logger = logger;
    }

    /// <summary>The database as <c>host:port/database</c>; the password is not part of it.</summary>
    public string DatabaseName => database.Name;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!initialized)
            {
                var from = await database.TransactionAsync("create or migrate the schema", (connection, ct) =>
                    SchemaMigrator.MigrateAsync(connection, migrations, database.Name, ct), cancellationToken).ConfigureAwait(false);
                if (from != migrations.Count)
                {
                    Log.Migrated(logger, database.Name, from, migrations.Count);
                }

                Log.Ready(logger, database.Name, migrations.Count);
                initialized = true;
            }
        }
        finally
        {
            initializing.Release();
        }
    }

    /// <summary>Closes the pooled connections; the host calls it at shutdown.</summary>
    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync().ConfigureAwait(false);
        initializing.Dispose();
    }

    // Also synchronously: a service provider disposed with Dispose() refuses singletons that are only IAsyncDisposable.
    public void Dispose()
    {
        database.Dispose();
        initializing.Dispose();
    }

    private Task EnsureInitializedAsync(CancellationToken cancellationToken) =>
        initialized ? Task.CompletedTask : InitializeAsync(cancellationToken);
}
