using System.Data.Common;

namespace BriefBot.Storage;

/// <summary>Brings a database to the newest schema, or refuses one written by a newer BriefBot.</summary>
internal static class SchemaMigrator
{
    /// <summary>
    /// Applies the missing migrations in the caller's write transaction, after the dialect's migration lock, so a
    /// failed migration leaves the database as it was and two processes never migrate at once. Returns the version
    /// the database had before.
    /// </summary>
    public static async Task<int> MigrateAsync(StoreDialect dialect, DbConnection connection, IReadOnlyList<string> migrations, CancellationToken cancellationToken)
    {
        var version = await dialect.LockAndReadSchemaVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (version > migrations.Count)
        {
            throw dialect.Failure(
                $"The {dialect.Description} has schema version {version}, but this BriefBot knows versions up to {migrations.Count}. " +
                $"It was written by a newer BriefBot: run that version, or point {dialect.ElsewhereHint}.");
        }

        for (var next = version; next < migrations.Count; next++)
        {
            using var migrate = connection.Command(migrations[next]);
            await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await dialect.WriteSchemaVersionAsync(connection, version, migrations.Count, cancellationToken).ConfigureAwait(false);
        return version;
    }
}
