namespace BriefBot.Core.Matching.Semantic;

/// <summary>
/// The embeddings of a knowledge index's texts (one row per distinct text, shared by the targets that hold it; after
/// them, one for each clause of a long fact, <see cref="Clauses"/>) and the encoder that reads questions the same
/// way. Immutable once built.
/// </summary>
public sealed class SemanticIndex
{
    private readonly int[] rowOfTarget;

    private readonly int[][] clauseRowsOfTarget;

    // Rows from here on embed clauses only (a clause that is also some target's whole text has that target's row).
    private readonly int firstClauseRow;

    private SemanticIndex(ITextEncoder encoder, EmbeddingMatrix matrix, int[] rowOfTarget, int[][] clauseRowsOfTarget, int firstClauseRow, int[][] targetsOfRow)
    {
        Encoder = encoder;
        Matrix = matrix;
        this.rowOfTarget = rowOfTarget;
        this.clauseRowsOfTarget = clauseRowsOfTarget;
        this.firstClauseRow = firstClauseRow;
        TargetsOfRow = targetsOfRow;
    }

    public ITextEncoder Encoder { get; }

    internal EmbeddingMatrix Matrix { get; }

    /// <summary>For each row, the targets whose text it embeds.</summary>
    internal int[][] TargetsOfRow { get; }

    internal int RowOf(int target) => rowOfTarget[target];

    /// <summary>The best cosine of the question with the target's text or one of its clauses (less the clause discount).</summary>
    internal float SimilarityOf(ReadOnlySpan<float> embedding, int target)
    {
        var best = Matrix.Similarity(embedding, rowOfTarget[target]);
        foreach (var row in clauseRowsOfTarget[target])
        {
            best = MathF.Max(best, OfRow(row, Matrix.Similarity(embedding, row)));
        }

        return best;
    }

    /// <summary>A row's cosine as the score model reads it: a clause's less <see cref="Clauses.Discount"/>.</summary>
    internal float OfRow(int row, float similarity) => row >= firstClauseRow ? similarity - Clauses.Discount : similarity;

    internal int TargetCount => rowOfTarget.Length;

    /// <summary>The embeddings of a knowledge base's texts, in the order of the index the matcher answers from.</summary>
    public static SemanticIndex Build(Knowledge.KnowledgeBase knowledge, ITextEncoder encoder, IEmbeddingCache? cache = null, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var index = knowledge.Index ?? KnowledgeIndex.Build(knowledge.Entries, knowledge.Synonyms, knowledge.Acronyms);
        return Build([.. index.Targets.Select(t => t.Text)], [.. index.Targets.Select(Clauses.Of)], encoder, cache, progress, cancellationToken);
    }

    /// <summary>The distinct texts <see cref="Build(Knowledge.KnowledgeBase, ITextEncoder, IEmbeddingCache?, IProgress{BuildProgress}?, CancellationToken)"/> embeds for a knowledge base: what its cache keeps.</summary>
    public static IReadOnlyCollection<string> TextsOf(Knowledge.KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var index = knowledge.Index ?? KnowledgeIndex.Build(knowledge.Entries, knowledge.Synonyms, knowledge.Acronyms);
        return index.Targets.SelectMany(t => Clauses.Of(t).Prepend(t.Text)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Embeds every distinct text of <paramref name="texts"/> (a target's text, by target index), asking the cache first.</summary>
    public static SemanticIndex Build(IReadOnlyList<string> texts, ITextEncoder encoder, IEmbeddingCache? cache = null, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Build(texts, null, encoder, cache, progress, cancellationToken);

    private static SemanticIndex Build(IReadOnlyList<string> texts, IReadOnlyList<IReadOnlyList<string>>? clauses, ITextEncoder encoder, IEmbeddingCache? cache, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(encoder);
        var rowOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        var rowOfTarget = new int[texts.Count];
        for (var t = 0; t < texts.Count; t++)
        {
            rowOfTarget[t] = RowFor(texts[t]);
        }

        var firstClauseRow = distinct.Count;
        var clauseRows = new int[texts.Count][];
        for (var t = 0; t < texts.Count; t++)
        {
            // A clause that repeats another of the sentence's, or the sentence itself, adds nothing to compare with.
            clauseRows[t] = clauses is null || clauses[t].Count == 0 ? [] : [.. clauses[t].Select(RowFor).Distinct().Where(row => row != rowOfTarget[t])];
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
            foreach (var row in clauseRows[t])
            {
                (targetsOfRow[row] ??= []).Add(t);
            }
        }

        return new SemanticIndex(encoder, new EmbeddingMatrix(values, d), rowOfTarget, clauseRows, firstClauseRow, [.. targetsOfRow.Select(l => l.ToArray())]);

        int RowFor(string text)
        {
            if (!rowOfText.TryGetValue(text, out var row))
            {
                row = distinct.Count;
                rowOfText[text] = row;
                distinct.Add(text);
            }

            return row;
        }
    }

    /// <summary>The question's embedding.</summary>
    public float[] EncodeQuestion(string question)
    {
        var embedding = new float[Encoder.Dimensions];
        Encoder.Encode([question], embedding);
        return embedding;
    }
}
