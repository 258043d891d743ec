namespace BriefBot.Core.Matching.Semantic;

/// <summary>Embeddings already computed, by text, for one model: a reload or restart embeds only new or changed texts.</summary>
public interface IEmbeddingCache
{
    bool TryGet(string text, Span<float> embedding);

    void Add(string text, ReadOnlySpan<float> embedding);

    /// <summary>
    /// Keeps only the embeddings of <paramref name="texts"/> (the knowledge now served) and writes them where the
    /// cache lives, when anything changed. False when they could not be written; the cache still serves from memory.
    /// </summary>
    bool Save(IReadOnlyCollection<string> texts, CancellationToken cancellationToken = default);
}
