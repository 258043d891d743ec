using BriefBot.Core.Storage;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Storage.Postgres;

/// <summary>Creates or migrates the schema at start, so a server that cannot be reached or written stops start-up with the store's message.</summary>
public sealed class PostgresStoreStartup(IBriefBotStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
