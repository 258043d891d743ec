using System.Numerics.Tensors;
using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Core.Tests.Matching.Semantic;

public sealed class EmbeddingMatrixTests
{
    private const int Dimensions = 384;

    [Fact]
    public void A_large_matrix_searched_through_its_int8_copy_finds_the_same_nearest_rows_with_the_same_similarities()
    {
        var rows = UnitRows(EmbeddingMatrix.QuantizedFrom + 1_000, seed: 1);
        var exact = new EmbeddingMatrix(rows, Dimensions, EmbeddingSearch.Exact);
        var auto = new EmbeddingMatrix(rows, Dimensions);

        for (var q = 0; q < 20; q++)
        {
            // A question near a row, as a paraphrase is near its sentence.
            var question = rows.AsSpan(q * 97 * Dimensions, Dimensions).ToArray();
            TensorPrimitives.Add(question, UnitRows(1, seed: 100 + q), question);
            TensorPrimitives.Divide(question, TensorPrimitives.Norm(question), question);

            Assert.Equal(exact.Nearest(question, 32), auto.Nearest(question, 32));
        }
    }

    [Fact]
    public void Nearest_returns_the_best_rows_first_and_never_more_than_there_are()
    {
        var rows = UnitRows(3, seed: 2);
        var matrix = new EmbeddingMatrix(rows, Dimensions, EmbeddingSearch.Quantized);
        var question = rows.AsSpan(Dimensions, Dimensions).ToArray();

        var nearest = matrix.Nearest(question, 10);

        Assert.Equal(3, nearest.Length);
        Assert.Equal(1, nearest[0].Row);
        Assert.Equal(1f, nearest[0].Similarity, 4);
        Assert.True(nearest[1].Similarity >= nearest[2].Similarity);
    }

    private static float[] UnitRows(int count, int seed)
    {
        var random = new Random(seed);
        var values = new float[count * Dimensions];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)((random.NextDouble() * 2) - 1);
        }

        for (var r = 0; r < count; r++)
        {
            var row = values.AsSpan(r * Dimensions, Dimensions);
            TensorPrimitives.Divide(row, TensorPrimitives.Norm(row), row);
        }

        return values;
    }
}
