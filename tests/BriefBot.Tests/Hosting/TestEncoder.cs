using BriefBot.Core.Matching.Semantic;
using BriefBot.Embeddings;

namespace BriefBot.Tests.Hosting;

/// <summary>
/// The real model (loaded once for the whole test assembly: it costs about a second), counting what it encodes;
/// it can be held at a gate, to see the bot while a build runs, or made to fail as a model that cannot load would.
/// </summary>
internal sealed class TestEncoder(bool open = true, Exception? failure = null) : ITextEncoder
{
    private static readonly Lazy<MiniLmEncoder> Model = new(() => new MiniLmEncoder());
    private readonly ManualResetEventSlim gate = new(open);
    private int encoded;

    public int Encoded => Volatile.Read(ref encoded);

    public string ModelId => Model.Value.ModelId;

    public int Dimensions => Model.Value.Dimensions;

    public void Open() => gate.Set();

    public void Encode(IReadOnlyList<string> texts, Span<float> output, CancellationToken cancellationToken = default)
    {
        if (failure is not null)
        {
            throw failure;
        }

        gate.Wait(cancellationToken);
        Interlocked.Add(ref encoded, texts.Count);
        Model.Value.Encode(texts, output, cancellationToken);
    }
}
