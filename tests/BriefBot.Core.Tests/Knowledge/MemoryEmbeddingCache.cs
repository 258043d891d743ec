using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Core.Tests.Knowledge;

/// <summary>An embedding cache in memory only, counting its saves.</summary>
internal sealed class MemoryEmbeddingCache : IEmbeddingCache
{
    private readonly Dictionary<string, float[]> rows = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public int Saves { get; private set; }

    public bool TryGet(string text, Span<float> embedding)
    {
        lock (gate)
        {
            if (!rows.TryGetValue(text, out var row))
            {
                return false;
            }

            row.CopyTo(embedding);
            return true;
        }
    }

    public void Add(string text, ReadOnlySpan<float> embedding)
    {
        lock (gate)
        {
            rows[text] = embedding.ToArray();
        }
    }

    public bool Save(IReadOnlyCollection<string> texts, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            Saves++;
            return true;
        }
    }
}
