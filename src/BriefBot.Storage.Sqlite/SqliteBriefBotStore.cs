using BriefBot.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Sqlite;

/// <summary>
/// <see cref="IBriefBotStore"/> on one SQLite file in WAL mode. A singleton used from many channels at once: every
/// operation opens its own pooled connection, and every write is one <c>BEGIN IMMEDIATE</c> transaction, which also
/// makes digest claims exclusive across processes sharing the file. Any operation creates or migrates the database
/// first if <see cref="InitializeAsync"/> has not run yet, so commands that start no hosted services still work.
/// </summary>
public sealed partial class SqliteBriefBotStore : IBriefBotStore, IDisposable
{
    private readonly SqliteDatabase database;
    private readonly IReadOnlyList<string> migrations;
    private readonly ILogger<SqliteBriefBotStore> logger;
    private readonly SemaphoreSlim initializing = new(1, 1);
    private volatile bool initialized;

    public SqliteBriefBotStore(IOptions<StorageOptions> options, ILogger<SqliteBriefBotStore> logger)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), logger, SchemaMigrations.All, SqliteOpenMode.ReadWriteCreate)
    {
    }

    /// <summary>For tests: another migration list (to build an older or newer schema) or a read-only connection.</summary>
    internal SqliteBriefBotStore(StorageOptions options, ILogger<SqliteBriefBotStore> logger, IReadOnlyList<string> migrations, SqliteOpenMode mode)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        database = new SqliteDatabase(options.Path, options.BusyTimeout, mode);
        this.migrations = migrations;
        this.logger = logger;
    }

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

    /// <summary>Closes this file's pooled connections; the host calls it at shutdown.</summary>
    public void Dispose()
    {
        database.ClearPool();
        initializing.Dispose();
    }

    private Task EnsureInitializedAsync(CancellationToken cancellationToken) =>
        initialized ? Task.CompletedTask : InitializeAsync(cancellationToken);

    private async Task CreateOrMigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database.Path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw database.Failure("create the database folder", e.Message, e);
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
            throw database.Failure("switch to WAL journal mode", $"SQLite kept journal mode '{journal}' (WAL needs a local file system that supports shared memory)");
        }

        var path = database.Path;
        var from = await database.WriteAsync("create or migrate the schema", Durability.Full, (connection, ct) =>
            SchemaMigrator.MigrateAsync(connection, migrations, path, ct), cancellationToken).ConfigureAwait(false);
        if (from != migrations.Count)
        {
            Log.Migrated(logger, path, from, migrations.Count);
        }

        Log.Ready(logger, path, migrations.Count);
    }
}
