using BriefBot.Core.Storage;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Storage.Sqlite;

/// <summary>
/// Creates or migrates the database at start, so a database that cannot be opened or written stops start-up with the
/// store's message; at stop, after every other service has finished its writes, flushes the database.
/// </summary>
public sealed class StoreStartup(IBriefBotStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    // Registered before the adapters and workers, so it stops after them: the last reply's question is already written.
    public Task StopAsync(CancellationToken cancellationToken) =>
        store is SqliteBriefBotStore sqlite ? sqlite.FlushAsync(cancellationToken) : Task.CompletedTask;
}
