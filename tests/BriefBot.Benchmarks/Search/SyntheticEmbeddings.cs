using System.Numerics.Tensors;
using BriefBot.Benchmarks.Workload;

namespace BriefBot.Benchmarks.Search;

/// <summary>
/// Unit vectors shaped like sentence embeddings of a knowledge base: clusters of related texts (a document's
/// sentences, an FAQ's phrasings) around topics, not uniform noise, which would be the worst case for a graph index
/// and unlike any knowledge. Questions are rows moved a little, as a paraphrase moves its sentence. Seeded.
/// </summary>
public static class SyntheticEmbeddings
{
    public const int Dimensions = 384;
    private const int RowsPerCluster = 25;

    public static float[] Rows(int rows, int seed) => Make(rows, seed, spread: 0.9f);

    /// <summary>Questions near rows of <see cref="Rows"/> (the same seed): each a row plus noise, normalised.</summary>
    public static float[] Questions(float[] rows, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var random = SeededRandom.For(seed, "search questions");
        var questions = new float[count * Dimensions];
        var total = rows.Length / Dimensions;
        for (var q = 0; q < count; q++)
        {
            var target = questions.AsSpan(q * Dimensions, Dimensions);
            rows.AsSpan(random.Next(total) * Dimensions, Dimensions).CopyTo(target);
            AddNoise(target, random, 0.8f / MathF.Sqrt(Dimensions));
            Normalize(target);
        }

        return questions;
    }

    private static float[] Make(int rows, int seed, float spread)
    {
        var random = SeededRandom.For(seed, "search rows");
        var clusters = Math.Max(1, rows / RowsPerCluster);
        var centres = new float[clusters * Dimensions];
        for (var c = 0; c < clusters; c++)
        {
            var centre = centres.AsSpan(c * Dimensions, Dimensions);
            AddNoise(centre, random, 1f);
            Normalize(centre);
        }

        var values = new float[rows * Dimensions];
        for (var r = 0; r < rows; r++)
        {
            var row = values.AsSpan(r * Dimensions, Dimensions);
            centres.AsSpan(random.Next(clusters) * Dimensions, Dimensions).CopyTo(row);
            AddNoise(row, random, spread / MathF.Sqrt(Dimensions));
            Normalize(row);
        }

        return values;
    }

    private static void AddNoise(Span<float> row, SeededRandom random, float sigma)
    {
        for (var i = 0; i < row.Length; i++)
        {
            // Box-Muller: a normal deviate from two uniform ones.
            var u = 1.0 - random.NextDouble();
            var v = random.NextDouble();
            row[i] += sigma * (float)(Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2 * Math.PI * v));
        }
    }

    private static void Normalize(Span<float> row) => TensorPrimitives.Divide(row, TensorPrimitives.Norm(row), row);
}
