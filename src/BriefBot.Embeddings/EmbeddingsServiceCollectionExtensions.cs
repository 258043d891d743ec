using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Embeddings;

public static class EmbeddingsServiceCollectionExtensions
{
    /// <summary>The cache file's name beside the database.</summary>
    public const string DefaultCacheFile = "embeddings.bin";

    /// <summary>
    /// Matching by meaning: all-MiniLM-L6-v2, loaded on first use by the knowledge's background build, and its cache
    /// in <c>Matching:EmbeddingCache</c> (by default beside <c>Storage:Path</c>; a relative path is relative to the
    /// content root). <paramref name="encoder"/> stands in for the model (a test's); called again, the last one wins.
    /// </summary>
    public static IServiceCollection AddBriefBotEmbeddings(this IServiceCollection services, Func<ITextEncoder>? encoder = null)
    {
        services.AddOptions<MatchingOptions>().PostConfigure<IServiceProvider>((o, sp) =>
        {
            // Read from configuration, not IOptions<StorageOptions>: a one-shot command has no store registered.
            var storage = sp.GetService<IConfiguration>()?.GetSection(StorageOptions.Section)[nameof(StorageOptions.Path)] is { Length: > 0 } configured
                ? configured
                : new StorageOptions().Path;
            var path = o.EmbeddingCache is { Length: > 0 } cache
                ? cache
                : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(storage) is { Length: > 0 } folder ? folder : ".", DefaultCacheFile);
            o.EmbeddingCache = sp.GetService<IHostEnvironment>() is { } host ? System.IO.Path.GetFullPath(path, host.ContentRootPath) : System.IO.Path.GetFullPath(path);
        });
        // A build's batches spread over every core, as benchmarked (docs/benchmarks.md, cold build): the questions asked
        // meanwhile are answered lexically, which needs little.
        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            // Resolved now: the model loads later, in the background, when the container may be shutting down.
            var options = sp.GetRequiredService<IOptions<MatchingOptions>>();
            var logger = sp.GetRequiredService<ILogger<EmbeddingCache>>();
            return new EmbeddingModel(encoder ?? (() => new MiniLmEncoder()), model => EmbeddingCache.Open(options.Value.EmbeddingCache!, model, logger));
        }));
        return services;
    }
}
