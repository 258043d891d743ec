using System.Collections.Concurrent;
using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>
/// A warm cache without the disk: the warm start measures building from cached embeddings, not reading a file.
/// The real disk cache (issue 15, item 7) replaces it when it lands.
/// </summary>
public sealed class InMemoryEmbeddingCache : IEmbeddingCache
{
    private readonly ConcurrentDictionary<string, float[]> embeddings = new(StringComparer.Ordinal);

    public int Count => embeddings.Count;

    public bool TryGet(string text, Span<float> embedding)
    {
        if (!embeddings.TryGetValue(text, out var known))
        {
            return false;
        }

        known.CopyTo(embedding);
        return true;
    }

    public void Add(string text, ReadOnlySpan<float> embedding) => embeddings[text] = embedding.ToArray();
}
