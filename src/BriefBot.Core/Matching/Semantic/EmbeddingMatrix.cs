using System.Buffers;
using System.Numerics.Tensors;

namespace BriefBot.Core.Matching.Semantic;

/// <summary>
/// Unit-length embeddings, one row each, in one contiguous array: an exact nearest-neighbour search is one SIMD dot
/// product per row. From <see cref="QuantizedFrom"/> rows on, the rows are also kept as int8, a scan of those picks
/// candidates and the float rows rank them (docs/benchmarks.md, "Exact or approximate search", has the numbers).
/// </summary>
internal sealed class EmbeddingMatrix
{
    /// <summary>
    /// From this many rows on the int8 scan was 2–8× faster than the float one here (5,000 rows: 0.2 ms against
    /// 0.4–1.3 ms; 100,000: 4–7 ms against 17–19 ms, where 150 MB of floats are read per question); at 1,000 rows both
    /// take well under a millisecond and the float scan, exact by construction, is kept.
    /// </summary>
    public const int QuantizedFrom = 5_000;

    // Candidates per wanted row taken from the int8 scan: its error (about 0.005 in cosine) moves a row a few ranks
    // at most, so the exact top rows are among them.
    private const int Oversampling = 4;

    private readonly float[] values;
    private readonly QuantizedRows? quantized;

    public EmbeddingMatrix(float[] values, int dimensions)
        : this(values, dimensions, EmbeddingSearch.Auto)
    {
    }

    public EmbeddingMatrix(float[] values, int dimensions, EmbeddingSearch search)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (dimensions <= 0 || values.Length % dimensions != 0)
        {
            throw new ArgumentException("The values are not whole rows.", nameof(values));
        }

        this.values = values;
        Dimensions = dimensions;
        Rows = values.Length / dimensions;
        if (search == EmbeddingSearch.Quantized || (search == EmbeddingSearch.Auto && Rows >= QuantizedFrom))
        {
            quantized = new QuantizedRows(values, dimensions);
        }
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
        var scores = ArrayPool<float>.Shared.Rent(Rows);
        try
        {
            if (quantized is null)
            {
                for (var r = 0; r < Rows; r++)
                {
                    scores[r] = Similarity(query, r);
                }

                return Best(scores.AsSpan(0, Rows), k);
            }

            quantized.Similarities(query, scores.AsSpan(0, Rows));
            var candidates = Best(scores.AsSpan(0, Rows), Math.Min(Rows, k * Oversampling));
            for (var i = 0; i < candidates.Length; i++)
            {
                candidates[i].Similarity = Similarity(query, candidates[i].Row);
            }

            Array.Sort(candidates, static (a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Row.CompareTo(b.Row));
            return candidates[..k];
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    private static (int Row, float Similarity)[] Best(ReadOnlySpan<float> scores, int k)
    {
        var heap = new PriorityQueue<int, float>(k + 1);
        for (var r = 0; r < scores.Length; r++)
        {
            if (heap.Count < k)
            {
                heap.Enqueue(r, scores[r]);
            }
            else if (heap.TryPeek(out _, out var worst) && scores[r] > worst)
            {
                heap.DequeueEnqueue(r, scores[r]);
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
