using BriefBot.Core.Matching.Semantic;
using Microsoft.Extensions.Logging;

namespace BriefBot.Embeddings;

/// <summary>
/// The embeddings of one model by text, in memory and in one file (<c>Matching:EmbeddingCache</c>): a learned entry
/// embeds only its own texts, a restart or reload only the texts that are new or changed. A file that cannot be
/// trusted (damaged, truncated, another model's, another version's) is logged and rebuilt. Thread-safe.
/// Once a save has put every row in the file, the rows leave memory (at 100,000 entries about 190 MB, a second copy
/// of what the embedding index holds) and the next use reads the file again: a reload pays that read (under a second
/// at 100,000 entries) so that a bot between reloads does not hold every embedding twice.
/// </summary>
public sealed partial class EmbeddingCache : IEmbeddingCache
{
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private Dictionary<TextKey, float[]> rows;
    private bool changed;

    // The rows are in the file and not in memory (see the class's summary).
    private bool released;

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
                EnsureLoaded();
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
        var rows = ReadTrusted(path, modelId, dimensions, logger);
        return new EmbeddingCache(path, modelId, dimensions, rows ?? [], changed: rows is null, logger);
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
            EnsureLoaded();
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
            EnsureLoaded();
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
            EnsureLoaded();
            var pruned = rows.Keys.Where(k => !keep.Contains(k)).ToList();
            pruned.ForEach(k => rows.Remove(k));
            if (!changed && pruned.Count == 0)
            {
                Release();
                return true;
            }

            kept = [.. rows];
            changed = false;
        }

        try
        {
            EmbeddingCacheFile.Write(Path, ModelId, Dimensions, kept, cancellationToken);
            lock (gate)
            {
                // An embedding added while the file was written is not in it: then the rows stay.
                if (!changed)
                {
                    Release();
                }
            }

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

    /// <summary>Whether the rows are in memory now (false once a save released them to the file).</summary>
    internal bool HoldsRows
    {
        get
        {
            lock (gate)
            {
                return !released;
            }
        }
    }

    // Under the gate.
    private void Release()
    {
        rows = [];
        released = true;
    }

    // Under the gate: the file was whole and ours when the rows were released; if it no longer is (deleted, damaged
    // by hand), the cache starts empty and says why, as at start.
    private void EnsureLoaded()
    {
        if (!released)
        {
            return;
        }

        released = false;
        if (!File.Exists(Path))
        {
            // At start a missing file is a first run; here it held every row a moment ago.
            rows = [];
            changed = true;
            Log.Untrusted(logger, Path, "the file saved earlier is gone");
            return;
        }

        var read = ReadTrusted(Path, ModelId, Dimensions, logger);
        rows = read ?? [];
        changed |= read is null;
    }

    /// <summary>The file's rows if it is whole and the model's; otherwise null, and the log says why.</summary>
    private static Dictionary<TextKey, float[]>? ReadTrusted(string path, string modelId, int dimensions, ILogger logger)
    {
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

        if (problem is null)
        {
            return rows;
        }

        Log.Untrusted(logger, path, problem);
        return null;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6000, Level = LogLevel.Warning, Message = "Embedding cache {Path} is not used ({Problem}): it is rebuilt, which costs one full embedding build")]
        public static partial void Untrusted(ILogger logger, string path, string problem);

        [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Embedding cache {Path} could not be written ({Error}): the next start embeds again what it would have held")]
        public static partial void NotWritten(ILogger logger, string path, string error);
    }
}
