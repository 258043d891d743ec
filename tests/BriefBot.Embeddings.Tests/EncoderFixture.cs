namespace BriefBot.Embeddings.Tests;

/// <summary>One model for the whole class: loading it takes about a second.</summary>
public sealed class EncoderFixture : IDisposable
{
    public MiniLmEncoder Encoder { get; } = new();

    public float[] Embed(string text)
    {
        var row = new float[Encoder.Dimensions];
        Encoder.Encode([text], row);
        return row;
    }

    public void Dispose() => Encoder.Dispose();
}
