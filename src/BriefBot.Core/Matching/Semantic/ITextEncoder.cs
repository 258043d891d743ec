namespace BriefBot.Core.Matching.Semantic;

/// <summary>
/// Turns texts into sentence embeddings: unit-length vectors whose dot product is the texts' similarity in meaning.
/// The matcher works without one (lexical matching alone); the host registers the model behind it.
/// </summary>
public interface ITextEncoder
{
    /// <summary>Names the model and its version: embeddings of different models never mix (the cache is keyed by it).</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>
    /// Encodes each text into <paramref name="output"/>, one row of <see cref="Dimensions"/> floats per text,
    /// normalised to unit length. Thread-safe.
    /// </summary>
    void Encode(IReadOnlyList<string> texts, Span<float> output, CancellationToken cancellationToken = default);
}
