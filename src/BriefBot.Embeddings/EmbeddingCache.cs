using BriefBot.Core.Matching.Semantic;
using Microsoft.Extensions.Logging;

namespace BriefBot.Embeddings;

/// <summary>
/// The embeddings of one model by text, in memory and in one file (<c>Matching:EmbeddingCache</c>): a learned entry
/// embeds only its own texts, a restart or reload only the texts that are new or changed. A file that cannot be
/// trusted (damaged, truncated, another model's, another version's) is logged and rebuilt. Thread-safe.
/// </summary>
public sealed partial class EmbeddingCache : IEmbeddingCache
{
    private readonly Dictionary<TextKey, float[]> rows;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private bool changed;

    private EmbeddingCache(string path, string modelId, int dimensions, Dictionary<TextKey, float[]> rows, bool changed, ILogger logger)
    {
        Path = path;
        ModelId = modelId;
        Dimensions = dimensions;
        this.rows = rows;
        this.changed = changed;
        this.logger = logger;
    }

    public string Path { get; }

    public string ModelId { get; }

    public int Dimensions { get; }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return rows.Count;
            }
        }
    }

    /// <summary>Reads the file at <paramref name="path"/> if it is whole and the model's; otherwise starts empty and says why in the log.</summary>
    public static EmbeddingCache Open(string path, string modelId, int dimensions, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        ArgumentNullException.ThrowIfNull(logger);
        string? problem;
        Dictionary<TextKey, float[]> rows;
        try
        {
            rows = EmbeddingCacheFile.Read(path, modelId, dimensions, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (rows, problem) = ([], e.Message);
        }

        if (problem is not null)
        {
            Log.Untrusted(logger, path, problem);
        }

        return new EmbeddingCache(path, modelId, dimensions, problem is null ? rows : [], changed: problem is not null, logger);
    }

    public static EmbeddingCache Open(string path, ITextEncoder encoder, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        return Open(path, encoder.ModelId, encoder.Dimensions, logger);
    }

    public bool TryGet(string text, Span<float> embedding)
    {
        var key = TextKey.Of(text);
        lock (gate)
        {
            if (!rows.TryGetValue(key, out var row))
            {
                return false;
            }

            row.CopyTo(embedding);
            return true;
        }
    }

    public void Add(string text, ReadOnlySpan<float> embedding)
    {
        if (embedding.Length != Dimensions)
        {
            throw new ArgumentException($"An embedding of {ModelId} has {Dimensions} dimensions, not {embedding.Length}.", nameof(embedding));
        }

        var key = TextKey.Of(text);
        var row = embedding.ToArray();
        lock (gate)
        {
            rows[key] = row;
            changed = true;
        }
    }

    public bool Save(IReadOnlyCollection<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var keep = texts.Select(TextKey.Of).ToHashSet();
        KeyValuePair<TextKey, float[]>[] kept;
        lock (gate)
        {
            var pruned = rows.Keys.Where(k => !keep.Contains(k)).ToList();
            pruned.ForEach(k => rows.Remove(k));
            if (!changed && pruned.Count == 0)
            {
                return true;
            }

            kept = [.. rows];
            changed = false;
        }

        try
        {
            EmbeddingCacheFile.Write(Path, ModelId, Dimensions, kept, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Unsaved();
            Log.NotWritten(logger, Path, e.Message);
            return false;
        }
        catch (OperationCanceledException)
        {
            Unsaved();
            throw;
        }

        void Unsaved()
        {
            lock (gate)
            {
                changed = true;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 120, Level = LogLevel.Warning, Message = "Embedding cache {Path} is not used ({Problem}): it is rebuilt, which costs one full embedding build")]
        public static partial void Untrusted(ILogger logger, string path, string problem);

        [LoggerMessage(EventId = 121, Level = LogLevel.Warning, Message = "Embedding cache {Path} could not be written ({Error}): the next start embeds again what it would have held")]
        public static partial void NotWritten(ILogger logger, string path, string error);
    }
}
