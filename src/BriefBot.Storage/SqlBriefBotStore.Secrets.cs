using System.Data.Common;
using System.Security.Cryptography;

namespace BriefBot.Storage;

public abstract partial class SqlBriefBotStore
{
    /// <summary>
    /// Reads the secret, creating it on first use. Racing creators (threads or processes) each offer a random value;
    /// ON CONFLICT DO NOTHING keeps the first (a racing insert waits for it to commit), and every one of them then
    /// reads that one back. A stored secret is returned as it is even if <paramref name="length"/> has changed since,
    /// so hashes made with it stay comparable.
    /// </summary>
    public async Task<byte[]> GetOrCreateSecretAsync(string name, int length, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 1024);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        // Most calls find the secret; reading first keeps them out of a write transaction.
        var existing = await database.RunAsync("read a secret", (connection, ct) => ReadSecretAsync(connection, name, ct), cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var offered = RandomNumberGenerator.GetBytes(length);
        var (secret, created) = await database.WriteAsync("create a secret", Durability.Full, async (connection, ct) =>
        {
            using var insert = connection.Command("INSERT INTO secrets (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING;", ("name", name), ("value", offered));
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

    private static async Task<byte[]?> ReadSecretAsync(DbConnection connection, string name, CancellationToken cancellationToken)
    {
        using var select = connection.Command("SELECT value FROM secrets WHERE name = @name;", ("name", name));
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }
}
