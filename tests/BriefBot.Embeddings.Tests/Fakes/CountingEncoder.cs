using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Embeddings.Tests.Fakes;

/// <summary>The real encoder, counting the texts it is asked to encode.</summary>
internal sealed class CountingEncoder(ITextEncoder inner) : ITextEncoder
{
    private int encoded;

    public int Encoded => Volatile.Read(ref encoded);

    public string ModelId => inner.ModelId;

    public int Dimensions => inner.Dimensions;

    public void Encode(IReadOnlyList<string> texts, Span<float> output, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref encoded, texts.Count);
        inner.Encode(texts, output, cancellationToken);
    }
}
