using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace BriefBot.Storage.Sqlite;

public sealed partial class SqliteBriefBotStore
{
    /// <summary>
    /// Reads the secret, creating it on first use. Racing creators (threads or processes) each offer a random value;
    /// INSERT OR IGNORE keeps the first, and every one of them then reads that one back. A stored secret is returned
    /// as it is even if <paramref name="length"/> has changed since, so hashes made with it stay comparable.
    /// </summary>
    public async Task<byte[]> GetOrCreateSecretAsync(string name, int length, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 1024);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        // Most calls find the secret; reading first keeps them off the write lock.
        var existing = await database.RunAsync("read a secret", (connection, ct) => ReadSecretAsync(connection, name, ct), cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var offered = RandomNumberGenerator.GetBytes(length);
        var (secret, created) = await database.WriteAsync("create a secret", Durability.Full, async (connection, ct) =>
        {
            using var insert = connection.Command("INSERT OR IGNORE INTO secrets (name, value) VALUES ($name, $value);", ("$name", name), ("$value", offered));
            var inserted = await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
            var stored = await ReadSecretAsync(connection, name, ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The secret '{name}' is missing right after it was inserted.");
            return (stored, inserted);
        }, cancellationToken).ConfigureAwait(false);

        if (created)
        {
            Log.SecretCreated(logger, name);
        }

        return secret;
    }

    private static async Task<byte[]?> ReadSecretAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        using var select = connection.Command("SELECT value FROM secrets WHERE name = $name;", ("$name", name));
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }
}
