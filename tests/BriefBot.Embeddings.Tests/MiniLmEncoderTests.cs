using System.Numerics.Tensors;

namespace BriefBot.Embeddings.Tests;

public sealed class MiniLmEncoderTests(EncoderFixture model) : IClassFixture<EncoderFixture>
{
    [Fact]
    public void Each_text_becomes_a_unit_vector_and_the_same_text_the_same_vector_alone_or_in_a_batch()
    {
        string[] texts = ["The outage lasted four hours.", "Lunch is served at noon in the main hall.", "sev2 ack time?"];
        var batch = new float[texts.Length * model.Encoder.Dimensions];

        model.Encoder.Encode(texts, batch);

        for (var i = 0; i < texts.Length; i++)
        {
            var row = batch.AsSpan(i * model.Encoder.Dimensions, model.Encoder.Dimensions);
            Assert.Equal(1f, TensorPrimitives.Norm(row), 3);
            Assert.Equal(1f, TensorPrimitives.Dot(row, model.Embed(texts[i])), 3);
        }
    }

    [Fact]
    public void A_paraphrase_sharing_no_word_is_closer_in_meaning_than_an_unrelated_sentence()
    {
        var question = model.Embed("how long were payments down");

        var paraphrase = TensorPrimitives.Dot(question, model.Embed("The outage lasted four hours."));
        var unrelated = TensorPrimitives.Dot(question, model.Embed("Ukraine may use GMLRS and HIMARS systems for cross-border strikes."));

        Assert.True(paraphrase > unrelated + 0.2f, $"paraphrase {paraphrase:F3}, unrelated {unrelated:F3}");
    }

    [Fact]
    public void An_output_too_small_for_the_texts_is_refused()
    {
        var output = new float[model.Encoder.Dimensions];

        Assert.Throws<ArgumentException>(() => model.Encoder.Encode(["one", "two"], output));
    }
}
