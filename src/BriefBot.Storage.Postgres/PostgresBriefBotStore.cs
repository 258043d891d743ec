using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Postgres;

/// <summary>
/// The store on a PostgreSQL database shared by every replica: <see cref="SqlBriefBotStore"/> in PostgreSQL's
/// dialect. Every claim is a single <c>INSERT … ON CONFLICT</c> statement, so exactly one replica wins it without
/// any lock held between statements.
/// </summary>
public sealed class PostgresBriefBotStore : SqlBriefBotStore
{
    private readonly PostgresDialect dialect;

    public PostgresBriefBotStore(IOptions<StorageOptions> options, ILogger<PostgresBriefBotStore> logger)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), logger, SchemaMigrations.All)
    {
    }

    /// <summary>For tests: another migration list, to build an older or newer schema.</summary>
    internal PostgresBriefBotStore(StorageOptions options, ILogger<PostgresBriefBotStore> logger, IReadOnlyList<string> migrations)
        : this(Dialect(options), logger, migrations)
    {
    }

    private PostgresBriefBotStore(PostgresDialect dialect, ILogger<PostgresBriefBotStore> logger, IReadOnlyList<string> migrations)
        : base(dialect, migrations, logger) => this.dialect = dialect;

    /// <summary>The database as <c>host:port/database</c>; the password is not part of it.</summary>
    public string DatabaseName => dialect.Name;

    private static PostgresDialect Dialect(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new StorageException("(none)", StorageOptions.ConnectionStringRequired)
            : new PostgresDialect(options.ConnectionString);
    }
}
