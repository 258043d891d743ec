namespace BriefBot.Core.Matching.Semantic;

/// <summary>
/// The sentence-embedding model and the cache of its embeddings, made on first use: loading the model takes about a
/// second, which belongs in the background build, not in start-up. A model that fails to load fails the same way on
/// every later use, without being tried again. Disposes the encoder.
/// </summary>
public sealed class EmbeddingModel : IDisposable
{
    private readonly Lazy<(ITextEncoder Encoder, IEmbeddingCache Cache)> loaded;

    public EmbeddingModel(Func<ITextEncoder> encoder, Func<ITextEncoder, IEmbeddingCache> cache)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(cache);
        loaded = new(() =>
        {
            var e = encoder();
            return (e, cache(e));
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The encoder and its cache; throws what loading threw, every time.</summary>
    public (ITextEncoder Encoder, IEmbeddingCache Cache) Load() => loaded.Value;

    public void Dispose()
    {
        if (loaded.IsValueCreated && loaded.Value.Encoder is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
