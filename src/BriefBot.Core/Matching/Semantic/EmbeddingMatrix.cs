using System.Numerics.Tensors;

namespace BriefBot.Core.Matching.Semantic;

/// <summary>
/// Unit-length embeddings, one row each, in one contiguous array: an exact nearest-neighbour search is one SIMD dot
/// product per row, which at 100,000 rows of 384 floats stays within a question's time budget on two cores.
/// </summary>
internal sealed class EmbeddingMatrix
{
    private readonly float[] values;

    public EmbeddingMatrix(float[] values, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (dimensions <= 0 || values.Length % dimensions != 0)
        {
            throw new ArgumentException("The values are not whole rows.", nameof(values));
        }

        this.values = values;
        Dimensions = dimensions;
        Rows = values.Length / dimensions;
    }

    public int Rows { get; }

    public int Dimensions { get; }

    public ReadOnlySpan<float> Row(int row) => values.AsSpan(row * Dimensions, Dimensions);

    public float Similarity(ReadOnlySpan<float> query, int row) => TensorPrimitives.Dot(query, Row(row));

    /// <summary>The <paramref name="k"/> rows most similar to <paramref name="query"/>, best first.</summary>
    public (int Row, float Similarity)[] Nearest(ReadOnlySpan<float> query, int k)
    {
        if (Rows == 0 || k <= 0)
        {
            return [];
        }

        k = Math.Min(k, Rows);
        var heap = new PriorityQueue<int, float>(k + 1);
        for (var r = 0; r < Rows; r++)
        {
            var s = TensorPrimitives.Dot(query, values.AsSpan(r * Dimensions, Dimensions));
            if (heap.Count < k)
            {
                heap.Enqueue(r, s);
            }
            else if (heap.TryPeek(out _, out var worst) && s > worst)
            {
                heap.DequeueEnqueue(r, s);
            }
        }

        var result = new (int Row, float Similarity)[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            heap.TryDequeue(out var row, out var s);
            result[i] = (row, s);
        }

        return result;
    }
}
