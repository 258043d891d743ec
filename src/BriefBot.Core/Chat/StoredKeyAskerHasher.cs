using BriefBot.Core.Storage;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Core.Chat;

/// <summary>
/// Hashes askers with a key kept in the store, created once: the same person gets the same hash across restarts,
/// so repeat askers can be counted, and nobody without the key can tell who asked what. The key is loaded at start,
/// before any adapter takes a question.
/// </summary>
public sealed class StoredKeyAskerHasher(IBriefBotStore store) : IAskerHasher, IHostedService
{
    public const string SecretName = "asker-hash-key";

    private HmacAskerHasher? hasher;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var key = await store.GetOrCreateSecretAsync(SecretName, 32, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref hasher, new HmacAskerHasher(key));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public string? Hash(string? user) =>
        (Volatile.Read(ref hasher) ?? throw new InvalidOperationException("The asker key is not loaded yet: the host has not started.")).Hash(user);
}
