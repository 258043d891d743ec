using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BriefBot.Storage.Sqlite;

/// <summary>Brings a database to the newest schema, or refuses one written by a newer BriefBot.</summary>
internal static class SchemaMigrator
{
    /// <summary>
    /// Applies the missing migrations inside the caller's write transaction, so a failed migration leaves the database
    /// as it was. Returns the version the database had before.
    /// </summary>
    public static async Task<int> MigrateAsync(SqliteConnection connection, IReadOnlyList<string> migrations, string path, CancellationToken cancellationToken)
    {
        using var read = connection.Command("PRAGMA user_version;");
        var version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (version > migrations.Count)
        {
            throw new StorageException(
                path,
                $"The database '{path}' has schema version {version}, but this BriefBot knows versions up to {migrations.Count}. " +
                "It was written by a newer BriefBot: run that version, or point Storage:Path at another file.");
        }

        for (var next = version; next < migrations.Count; next++)
        {
            using var migrate = connection.Command(migrations[next]);
            await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Written even when nothing changed: it is the cheapest real write, so a database that can be opened but not
        // written (read-only file, folder or mount) fails here at start-up rather than on the first digest.
        using var write = connection.Command($"PRAGMA user_version = {migrations.Count};");
        await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }
}
