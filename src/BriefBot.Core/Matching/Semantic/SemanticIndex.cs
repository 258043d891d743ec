namespace BriefBot.Core.Matching.Semantic;

/// <summary>
/// The embeddings of a knowledge index's texts (one row per distinct text, shared by the targets that hold it) and
/// the encoder that reads questions the same way. Immutable once built.
/// </summary>
public sealed class SemanticIndex
{
    private readonly int[] rowOfTarget;

    private SemanticIndex(ITextEncoder encoder, EmbeddingMatrix matrix, int[] rowOfTarget, int[][] targetsOfRow)
    {
        Encoder = encoder;
        Matrix = matrix;
        this.rowOfTarget = rowOfTarget;
        TargetsOfRow = targetsOfRow;
    }

    public ITextEncoder Encoder { get; }

    internal EmbeddingMatrix Matrix { get; }

    /// <summary>For each row, the targets whose text it embeds.</summary>
    internal int[][] TargetsOfRow { get; }

    internal int RowOf(int target) => rowOfTarget[target];

    internal int TargetCount => rowOfTarget.Length;

    /// <summary>The embeddings of a knowledge base's texts, in the order of the index the matcher answers from.</summary>
    public static SemanticIndex Build(Knowledge.KnowledgeBase knowledge, ITextEncoder encoder, IEmbeddingCache? cache = null, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var index = knowledge.Index ?? KnowledgeIndex.Build(knowledge.Entries, knowledge.Synonyms, knowledge.Acronyms);
        return Build([.. index.Targets.Select(t => t.Text)], encoder, cache, progress, cancellationToken);
    }

    /// <summary>The distinct texts <see cref="Build(Knowledge.KnowledgeBase, ITextEncoder, IEmbeddingCache?, IProgress{BuildProgress}?, CancellationToken)"/> embeds for a knowledge base: what its cache keeps.</summary>
    public static IReadOnlyCollection<string> TextsOf(Knowledge.KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var index = knowledge.Index ?? KnowledgeIndex.Build(knowledge.Entries, knowledge.Synonyms, knowledge.Acronyms);
        return index.Targets.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Embeds every distinct text of <paramref name="texts"/> (a target's text, by target index), asking the cache first.</summary>
    public static SemanticIndex Build(IReadOnlyList<string> texts, ITextEncoder encoder, IEmbeddingCache? cache = null, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(encoder);
        var rowOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowOfTarget = new int[texts.Count];
        var distinct = new List<string>();
        for (var t = 0; t < texts.Count; t++)
        {
            if (!rowOfText.TryGetValue(texts[t], out var row))
            {
                row = distinct.Count;
                rowOfText[texts[t]] = row;
                distinct.Add(texts[t]);
            }

            rowOfTarget[t] = row;
        }

        var d = encoder.Dimensions;
        var values = new float[distinct.Count * d];
        var missing = new List<int>();
        for (var r = 0; r < distinct.Count; r++)
        {
            if (cache is null || !cache.TryGet(distinct[r], values.AsSpan(r * d, d)))
            {
                missing.Add(r);
            }
        }

        var cached = distinct.Count - missing.Count;
        progress?.Report(new BuildProgress(cached, distinct.Count, 0, missing.Count));

        // Encoded in slices so that progress can be reported and a cancelled build stops soon.
        const int Slice = 256;
        var buffer = new float[Slice * d];
        for (var start = 0; start < missing.Count; start += Slice)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = missing.GetRange(start, Math.Min(Slice, missing.Count - start));
            encoder.Encode([.. rows.Select(r => distinct[r])], buffer, cancellationToken);
            for (var i = 0; i < rows.Count; i++)
            {
                var embedding = buffer.AsSpan(i * d, d);
                embedding.CopyTo(values.AsSpan(rows[i] * d, d));
                cache?.Add(distinct[rows[i]], embedding);
            }

            progress?.Report(new BuildProgress(cached + start + rows.Count, distinct.Count, start + rows.Count, missing.Count));
        }

        var targetsOfRow = new List<int>[distinct.Count];
        for (var t = 0; t < rowOfTarget.Length; t++)
        {
            (targetsOfRow[rowOfTarget[t]] ??= []).Add(t);
        }

        return new SemanticIndex(encoder, new EmbeddingMatrix(values, d), rowOfTarget, [.. targetsOfRow.Select(l => l.ToArray())]);
    }

    /// <summary>The question's embedding.</summary>
    public float[] EncodeQuestion(string question)
    {
        var embedding = new float[Encoder.Dimensions];
        Encoder.Encode([question], embedding);
        return embedding;
    }
}
