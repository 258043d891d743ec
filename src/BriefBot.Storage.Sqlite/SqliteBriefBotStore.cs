using BriefBot.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Sqlite;

/// <summary>
/// The store on one SQLite file in WAL mode, for one machine: <see cref="SqlBriefBotStore"/> in SQLite's dialect.
/// Every write holds SQLite's one write lock (a single statement on its own, several in a <c>BEGIN IMMEDIATE</c>
/// transaction), which also makes digest claims exclusive across processes sharing the file.
/// </summary>
public sealed class SqliteBriefBotStore : SqlBriefBotStore
{
    public SqliteBriefBotStore(IOptions<StorageOptions> options, ILogger<SqliteBriefBotStore> logger)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), logger, SchemaMigrations.All, SqliteOpenMode.ReadWriteCreate)
    {
    }

    /// <summary>For tests: another migration list (to build an older or newer schema) or a read-only connection.</summary>
    internal SqliteBriefBotStore(StorageOptions options, ILogger<SqliteBriefBotStore> logger, IReadOnlyList<string> migrations, SqliteOpenMode mode)
        : base(Dialect(options, mode), migrations, logger)
    {
    }

    private static SqliteDialect Dialect(StorageOptions options, SqliteOpenMode mode)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SqliteDialect(options.Path, options.BusyTimeout, mode);
    }
}
