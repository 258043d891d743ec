namespace BriefBot.Core.Matching.Semantic;

/// <summary>How <see cref="EmbeddingMatrix.Nearest"/> finds its rows.</summary>
internal enum EmbeddingSearch
{
    /// <summary>Exact for a small matrix, quantised candidates rescored exactly for a large one (see <see cref="EmbeddingMatrix.QuantizedFrom"/>).</summary>
    Auto,

    /// <summary>A float dot product with every row.</summary>
    Exact,

    /// <summary>An int8 dot product with every row picks candidates, their float rows rank them.</summary>
    Quantized,
}
