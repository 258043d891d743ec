using BriefBot.Core.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Web;

/// <summary>
/// A Kestrel server inside the worker, listening where ASP.NET's usual <c>Urls</c> setting says (default
/// http://localhost:5000), serving the endpoints adapters and the host registered. It exists only when some did.
/// Its state is the <see cref="ConnectionName"/> connection: readiness waits until it listens.
/// </summary>
/// <remarks>
/// It is a way in, so it stops in <see cref="StoppingAsync"/>, which the host calls before any service's StopAsync:
/// requests in progress finish (and hand their work, deferred follow-ups included, to the reply pipelines), and only
/// then do the pipelines drain.
/// </remarks>
public sealed partial class WebServer(IEnumerable<IHttpEndpoints> endpoints, IConfiguration configuration, ConnectionBoard connections, ILoggerFactory loggerFactory)
    : IHostedLifecycleService, IAsyncDisposable
{
    public const string ConnectionName = "http";

    private readonly ILogger logger = loggerFactory.CreateLogger<WebServer>();
    private WebApplication? app;

    /// <summary>The addresses the server listens on once started (with the real port when configured with port 0).</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(configuration["Urls"] ?? "http://localhost:5000");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
        foreach (var endpoint in endpoints)
        {
            endpoint.ConfigureServices(builder.Services);
        }

        app = builder.Build();
        foreach (var endpoint in endpoints)
        {
            endpoint.Map(app);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        Addresses = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)) ?? []];
        foreach (var address in Addresses)
        {
            Log.Listening(logger, address);
        }

        connections.Report(ConnectionName, ConnectionState.Listening, string.Join(", ", Addresses));
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            // Kestrel stops accepting at once and lets requests in progress finish until the token fires; webhooks
            // arriving later are refused, and the platform retries them on another replica.
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
            connections.Report(ConnectionName, ConnectionState.Stopped);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Listening for HTTP on {Address}")]
        public static partial void Listening(ILogger logger, Uri address);
    }
}
