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
/// http://localhost:5000), serving the endpoints adapters registered. It exists only when an adapter registered some.
/// </summary>
public sealed partial class WebServer(IEnumerable<IHttpEndpoints> endpoints, IConfiguration configuration, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
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
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Listening for webhooks on {Address}")]
        public static partial void Listening(ILogger logger, Uri address);
    }
}
