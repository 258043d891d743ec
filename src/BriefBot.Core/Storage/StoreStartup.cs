using Microsoft.Extensions.Hosting;

namespace BriefBot.Core.Storage;

/// <summary>
/// Creates or migrates the store's database at start, whichever store is registered, so a database that cannot be
/// reached, opened or written stops start-up with the store's message; at stop, after every other service has
/// finished its writes, flushes the store.
/// </summary>
public sealed class StoreStartup(IBriefBotStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    // Registered before the adapters and workers, so it stops after them: the last reply's question is already written.
    public Task StopAsync(CancellationToken cancellationToken) => store.FlushAsync(cancellationToken);
}
