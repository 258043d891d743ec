using Npgsql;

namespace BriefBot.Storage.Postgres;

/// <summary>Brings a database to the newest schema, or refuses one written by a newer BriefBot.</summary>
internal static class SchemaMigrator
{
    // Any fixed number, the same in every BriefBot: replicas starting at once queue on it, so one migrates and the
    // others then find the schema current. An xact lock ends with the transaction, so a crash cannot leave it held.
    private const long MigrationLock = 0x4272_6965_6642_6F74; // "BriefBot"

    /// <summary>
    /// Applies the missing migrations in the caller's transaction, under the migration lock, so a failed migration
    /// leaves the database as it was and two replicas never migrate at once. Returns the version the database had before.
    /// </summary>
    public static async Task<int> MigrateAsync(NpgsqlConnection connection, IReadOnlyList<string> migrations, string database, CancellationToken cancellationToken)
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
        var version = (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        if (version > migrations.Count)
        {
            throw new StorageException(
                database,
                $"The PostgreSQL database {database} has schema version {version}, but this BriefBot knows versions up to {migrations.Count}. " +
                "It was written by a newer BriefBot: run that version, or point Storage:ConnectionString at another database.");
        }

        for (var next = version; next < migrations.Count; next++)
        {
            using var migrate = connection.Command(migrations[next]);
            await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            using var record = connection.Command("INSERT INTO briefbot_schema (version) VALUES (@version);", ("version", next + 1));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return version;
    }
}
