using BriefBot.Core.Storage;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Storage.Sqlite;

/// <summary>Creates or migrates the database at start, so a database that cannot be opened or written stops start-up with the store's message.</summary>
public sealed class StoreStartup(IBriefBotStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
