using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BriefBot.Core.Matching.Semantic;

/// <summary>
/// The rows of an <see cref="EmbeddingMatrix"/> as int8, each with its own scale: a quarter of the bytes to read per
/// question, which is what an exact scan of 100,000 rows spends its time on (150 MB of floats do not stay in any
/// cache). The approximate similarities only choose candidates; the float rows score them.
/// </summary>
internal sealed class QuantizedRows
{
    private readonly sbyte[] values;
    private readonly float[] scales;
    private readonly int dimensions;

    public QuantizedRows(float[] rows, int dimensions)
    {
        this.dimensions = dimensions;
        var count = rows.Length / dimensions;
        values = new sbyte[rows.Length];
        scales = new float[count];
        for (var r = 0; r < count; r++)
        {
            scales[r] = Quantize(rows.AsSpan(r * dimensions, dimensions), values.AsSpan(r * dimensions, dimensions));
        }
    }

    /// <summary>Writes the approximate similarity of <paramref name="query"/> to every row into <paramref name="similarities"/>.</summary>
    public void Similarities(ReadOnlySpan<float> query, Span<float> similarities)
    {
        Span<sbyte> q = stackalloc sbyte[dimensions];
        var queryScale = Quantize(query, q);
        Span<short> wide = stackalloc short[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            wide[i] = q[i];
        }

        for (var r = 0; r < scales.Length; r++)
        {
            similarities[r] = Dot(wide, values.AsSpan(r * dimensions, dimensions)) * scales[r] * queryScale;
        }
    }

    // Symmetric quantisation to [-127, 127]: the value is the int8 times the returned scale.
    private static float Quantize(ReadOnlySpan<float> row, Span<sbyte> output)
    {
        var max = TensorPrimitives.MaxMagnitude(row);
        if (max == 0f)
        {
            output.Clear();
            return 0f;
        }

        var scale = max / 127f;
        for (var i = 0; i < row.Length; i++)
        {
            output[i] = (sbyte)MathF.Round(row[i] / scale);
        }

        return scale;
    }

    private static int Dot(ReadOnlySpan<short> query, ReadOnlySpan<sbyte> row)
    {
        var i = 0;
        var sum = 0;
        if (Avx512BW.IsSupported && row.Length >= Vector256<sbyte>.Count)
        {
            var acc = Vector512<int>.Zero;
            for (; i <= row.Length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var r = Avx512BW.ConvertToVector512Int16(Vector256.Create(row.Slice(i, Vector256<sbyte>.Count)));
                acc += Avx512BW.MultiplyAddAdjacent(r, Vector512.Create(query.Slice(i, Vector512<short>.Count)));
            }

            sum = Vector512.Sum(acc);
        }
        else if (Avx2.IsSupported && row.Length >= Vector128<sbyte>.Count)
        {
            var acc = Vector256<int>.Zero;
            for (; i <= row.Length - Vector128<sbyte>.Count; i += Vector128<sbyte>.Count)
            {
                var r = Avx2.ConvertToVector256Int16(Vector128.Create(row.Slice(i, Vector128<sbyte>.Count)));
                acc += Avx2.MultiplyAddAdjacent(r, Vector256.Create(query.Slice(i, Vector256<short>.Count)));
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < row.Length; i++)
        {
            sum += query[i] * row[i];
        }

        return sum;
    }
}
