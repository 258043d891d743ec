using Microsoft.Extensions.Hosting;

namespace BriefBot.Core.Storage;

/// <summary>
/// Creates or migrates the store's database at start, whichever store is registered, so a database that cannot be
/// reached, opened or written stops start-up with the store's message.
/// </summary>
public sealed class StoreStartup(IBriefBotStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
