namespace BriefBot.Core.Matching.Semantic;

/// <summary>Embeddings already computed, by text, for one model: a reload or restart embeds only new or changed texts.</summary>
public interface IEmbeddingCache
{
    bool TryGet(string text, Span<float> embedding);

    void Add(string text, ReadOnlySpan<float> embedding);
}
