using System.Numerics.Tensors;
using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Core.Tests.Knowledge;

/// <summary>
/// A stand-in for the model: each word adds to one of 32 dimensions, normalised. Texts sharing words come out similar;
/// it counts what it encodes, can be held at a gate, and can be made to fail.
/// </summary>
internal sealed class WordHashEncoder : ITextEncoder
{
    private readonly ManualResetEventSlim open;
    private int encoded;
    private int cancelled;

    public WordHashEncoder(bool open = true, Exception? failure = null)
    {
        this.open = new ManualResetEventSlim(open);
        Failure = failure;
    }

    public Exception? Failure { get; }

    public int Encoded => Volatile.Read(ref encoded);

    /// <summary>How many encode calls ended because their build was cancelled while held at the gate.</summary>
    public int Cancelled => Volatile.Read(ref cancelled);

    /// <summary>Set when an encode call is waiting at the gate.</summary>
    public ManualResetEventSlim Waiting { get; } = new();

    /// <summary>Set when an encode call held at the gate saw its build cancelled.</summary>
    public ManualResetEventSlim SawCancellation { get; } = new();

    public string ModelId => "word-hash/32";

    public int Dimensions => 32;

    public void Open() => open.Set();

    public void Encode(IReadOnlyList<string> texts, Span<float> output, CancellationToken cancellationToken = default)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        Waiting.Set();
        try
        {
            open.Wait(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref cancelled);
            SawCancellation.Set();
            throw;
        }

        Interlocked.Add(ref encoded, texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var row = output.Slice(i * Dimensions, Dimensions);
            row.Clear();
            foreach (var word in texts[i].ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                row[(int)((uint)StableHash(word.Trim('.', '?', ',')) % Dimensions)] += 1f;
            }

            var norm = TensorPrimitives.Norm(row);
            if (norm > 0)
            {
                TensorPrimitives.Divide(row, norm, row);
            }
        }
    }

    private static int StableHash(string word)
    {
        var h = 17;
        foreach (var c in word)
        {
            h = unchecked((h * 31) + c);
        }

        return h;
    }
}
