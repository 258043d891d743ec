using BriefBot.Cli;
using BriefBot.ConsoleChat;
using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;
using BriefBot.Embeddings;
using BriefBot.Storage.Postgres;
using BriefBot.Storage.Sqlite;
using BriefBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace BriefBot.Hosting;

/// <summary>Builds the Generic Host every command runs in: configuration, logging and the services each mode needs.</summary>
internal static class BriefBotHost
{
    public static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> configurationArgs, CliConsole console, bool quiet)
    {
        var root = ContentRoot.Find();
        // Options are read once at start, so watching appsettings.json for changes would only cost an inotify
        // instance per host (Linux allows 128 per user).
        var configuration = new ConfigurationManager();
        configuration["hostBuilder:reloadConfigOnChange"] = "false";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. configurationArgs],
            ContentRootPath = root,
            ApplicationName = "BriefBot",
            Configuration = configuration,
        });

        // User secrets hold tokens on a developer's machine in any environment; environment variables and the
        // command line still override them, in the usual .NET order.
        builder.Configuration.AddUserSecrets(typeof(BriefBotHost).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine([.. configurationArgs]);
        if (quiet)
        {
            // One-shot commands print results; only warnings (a bad knowledge file) belong beside them.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning"), new("Logging:LogLevel:BriefBot", "Warning")]);
        }

        builder.Logging.ClearProviders();
        // The formatter is configuration's to choose (Logging:Console:FormatterName: simple, json or systemd), so a
        // deployment switches to JSON with one variable; only the default look of each is set here.
        builder.Logging.AddConsole();
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("HostOptions"));
        // Standard output carries replies and JSON; every log line goes to standard error.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(console);
        builder.Services.AddBriefBotCore();
        builder.Services.AddBriefBotEmbeddings();
        builder.Services.PostConfigure<KnowledgeOptions>(o => o.Path = Path.GetFullPath(o.Path, root));
        builder.Services.AddBriefBotConsole();
        return builder;
    }

    /// <summary>
    /// The store <c>Storage:Provider</c> names: SQLite (Storage:Path, relative to the content root), or PostgreSQL
    /// (Storage:ConnectionString) when several replicas share the work. Questions, feedback, digest runs, handled
    /// events, the asker key.
    /// </summary>
    public static HostApplicationBuilder AddStore(this HostApplicationBuilder builder)
    {
        var root = builder.Environment.ContentRootPath;
        if (builder.Configuration.GetSection(StorageOptions.Section).GetValue<StorageProvider>(nameof(StorageOptions.Provider)) == StorageProvider.Postgres)
        {
            builder.Services.AddBriefBotPostgresStore();
        }
        else
        {
            builder.Services.AddBriefBotSqliteStore();
            builder.Services.PostConfigure<StorageOptions>(o => o.Path = Path.GetFullPath(o.Path, root));
        }

        builder.Services.AddBriefBotDigests();
        return builder;
    }

    /// <summary>What only the long-running bot has: the asker key from the store, knowledge loaded at start and reloaded on change, digests, health.</summary>
    public static HostApplicationBuilder AddRunningBot(this HostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<LifetimeEvents>();
        builder.AddStore();
        builder.Services.AddSingleton<StoredKeyAskerHasher>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IAskerHasher>(sp => sp.GetRequiredService<StoredKeyAskerHasher>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StoredKeyAskerHasher>());
        builder.Services.AddHostedService<KnowledgeStartup>();
        builder.Services.AddHealthChecks()
            .AddCheck<ProcessHealthCheck>("process", tags: [HealthTags.Live])
            .AddCheck<KnowledgeHealthCheck>("knowledge", tags: [HealthTags.Ready])
            .AddCheck<MatchingHealthCheck>("matching", tags: [HealthTags.Ready])
            .AddCheck<StoreWritesHealthCheck>("store-writes", tags: [HealthTags.Ready])
            .AddCheck<ConnectionsHealthCheck>("connections", tags: [HealthTags.Ready])
            .AddCheck<StoppingHealthCheck>("shutdown", tags: [HealthTags.Ready]);
        builder.Services.AddSingleton<HealthTransitions>();
        // It logs every degraded or unhealthy check on every probe; HealthTransitions logs each change once instead.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.None);
        builder.AddChatPlatforms();
        builder.AddAuthoring();
        // Probes and metrics are served whenever the web server runs: always when an adapter takes webhooks, and on
        // request (Health:Enabled) for Socket Mode, the Gateway or the console.
        if (builder.Configuration.GetValue<bool>("Health:Enabled") || builder.Services.Any(s => s.ServiceType == typeof(IHttpEndpoints)))
        {
            builder.Services.AddHttpEndpoints<HealthEndpoints>();
            builder.Services.AddHttpEndpoints<MetricsEndpoints>();
        }

        builder.AddBriefBotTelemetry();
        builder.AddSystemdNotify();
        builder.Services.AddBriefBotLifecycle();
        return builder;
    }
}
