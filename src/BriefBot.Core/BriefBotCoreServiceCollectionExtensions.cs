using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Urls;
using BriefBot.Core.Matching;
using BriefBot.Core.Operations;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Core;

public static class BriefBotCoreServiceCollectionExtensions
{
    /// <summary>Knowledge, matching and answering, with options bound from <c>Knowledge</c> and <c>Matching</c> and validated on start.</summary>
    public static IServiceCollection AddBriefBotCore(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<KnowledgeOptions, KnowledgeOptionsValidator>().BindConfiguration(KnowledgeOptions.Section)
            // A web page's last good copy lives beside the database, with the rest of what BriefBot keeps.
            .PostConfigure<IOptions<StorageOptions>>((o, storage) => o.PageCache ??= Path.Combine(Path.GetDirectoryName(storage.Value.Path) is { Length: > 0 } folder ? folder : ".", "pages"));
        services.AddWebPages();
        services.AddOptionsWithValidateOnStart<MatchingOptions, MatchingOptionsValidator>().BindConfiguration(MatchingOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IQuestionLog, NullQuestionLog>();
        services.TryAddSingleton<IEventClaims, MemoryEventClaims>();
        services.TryAddSingleton<BriefBotMetrics>();
        services.TryAddSingleton<ConnectionBoard>();
        services.TryAddSingleton<StoreHealth>();
        services.TryAddSingleton<IAskerHasher>(_ => HmacAskerHasher.WithRandomKey());
        services.AddSingleton<KnowledgeSource>();
        services.AddSingleton<IAnswerer, Answerer>();
        services.AddOptions<DigestsOptions>()
            .Configure<IConfiguration>((o, c) => c.GetSection(DigestsOptions.Section).Bind(o.Items))
            // A platform with one obvious channel (the console) says so; every other digest must name its own, which
            // validation says.
            .PostConfigure<IEnumerable<IChatAdapter>>((o, adapters) => o.Items
                .Where(d => d.Channel is not { Length: > 0 })
                .ToList()
                .ForEach(d => d.Channel = adapters.FirstOrDefault(a => a.Platform.Equals(d.Platform, StringComparison.OrdinalIgnoreCase))?.DefaultChannel ?? d.Channel))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestsOptions>, DigestsOptionsValidator>();
        return services;
    }

    /// <summary>Fetching <c>Knowledge:Urls</c>: an HTTP client that follows at most <c>Knowledge:UrlMaxRedirects</c> redirects and is timed by <see cref="WebPageFetcher"/>.</summary>
    private static IServiceCollection AddWebPages(this IServiceCollection services)
    {
        services.AddHttpClient(WebPageFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var redirects = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.UrlMaxRedirects;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = redirects > 0,
                    MaxAutomaticRedirections = Math.Max(1, redirects),
                    AutomaticDecompression = System.Net.DecompressionMethods.All,
                };
            });
        services.TryAddSingleton<WebPages>();
        return services;
    }

    /// <summary>A connection readiness waits for; its owner reports its state to <see cref="ConnectionBoard"/>.</summary>
    public static IServiceCollection AddExpectedConnection(this IServiceCollection services, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        services.AddSingleton(new ExpectedConnection(name));
        return services;
    }

    /// <summary>Building digests and previewing them (<c>/brief digest</c>); needs an <see cref="Storage.IBriefBotStore"/>.</summary>
    public static IServiceCollection AddBriefBotDigests(this IServiceCollection services)
    {
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<IDigestPreviewer, DigestPreviewer>();
        return services;
    }

    /// <summary>What a long-running bot adds: reloading the knowledge when it changes, and posting digests on schedule.</summary>
    public static IServiceCollection AddBriefBotLifecycle(this IServiceCollection services)
    {
        services.AddBriefBotDigests();
        services.AddHostedService<KnowledgeWatcher>();
        services.TryAddSingleton<DigestScheduler>();
        services.AddHostedService<DigestSchedulerService>();
        return services;
    }
}
