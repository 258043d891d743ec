using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Storage;
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
    /// content root).
    /// </summary>
    public static IServiceCollection AddBriefBotEmbeddings(this IServiceCollection services)
    {
        services.AddOptions<MatchingOptions>().PostConfigure<IServiceProvider>((o, sp) =>
        {
            var storage = sp.GetService<IOptions<StorageOptions>>()?.Value.Path ?? new StorageOptions().Path;
            var path = o.EmbeddingCache is { Length: > 0 } configured
                ? configured
                : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(storage) is { Length: > 0 } folder ? folder : ".", DefaultCacheFile);
            o.EmbeddingCache = sp.GetService<IHostEnvironment>() is { } host ? System.IO.Path.GetFullPath(path, host.ContentRootPath) : System.IO.Path.GetFullPath(path);
        });
        // One intra-op thread: a cold build then leaves the other core to the questions asked meanwhile.
        services.TryAddSingleton(sp => new EmbeddingModel(
            () => new MiniLmEncoder(threads: 1),
            encoder => EmbeddingCache.Open(sp.GetRequiredService<IOptions<MatchingOptions>>().Value.EmbeddingCache!, encoder, sp.GetRequiredService<ILogger<EmbeddingCache>>())));
        return services;
    }
}
