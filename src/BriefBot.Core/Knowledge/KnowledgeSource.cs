using BriefBot.Core.Knowledge.Documents;
using BriefBot.Core.Knowledge.Urls;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Holds the knowledge the bot answers from. A load builds a new knowledge base and matcher aside and swaps them in
/// with one reference write, so a question sees either the old knowledge or the new, never half of each. Loads are
/// serialised; a file that turns bad keeps serving its last good version. Each knowledge base is served at once with
/// the lexical matcher, then with the fused one (meaning and words) once its embeddings are built in the background.
/// </summary>
public sealed partial class KnowledgeSource : IDisposable
{
    /// <summary>
    /// Past this size a file is warned about: it takes seconds to parse and index (a 5 MB briefing about 2 s of CPU),
    /// and every reload, whatever file changed, builds it again.
    /// </summary>
    public const long LargeFileBytes = 2 * 1024 * 1024;

    private readonly KnowledgeOptions options;
    private readonly MatchingOptions matching;
    private readonly TimeProvider time;
    private readonly ILogger<KnowledgeSource> logger;
    private readonly BriefBotMetrics? metrics;
    private readonly WebPages? pages;
    private readonly SemaphoreSlim loading = new(1, 1);
    private IReadOnlyDictionary<string, LoadedFile>? files;
    private Matcher current;
    private KnowledgeStatus status = KnowledgeStatus.NotLoaded;
    private readonly HashSet<(string File, long Length)> warnedLarge = [];
    private readonly SemanticBuilder? semantic;

    public KnowledgeSource(IOptions<KnowledgeOptions> options, IOptions<MatchingOptions> matching, ILogger<KnowledgeSource> logger, TimeProvider? time = null, BriefBotMetrics? metrics = null, WebPages? pages = null, EmbeddingModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(matching);
        this.options = options.Value;
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(this.options.Path));
        this.matching = matching.Value;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
        this.metrics = metrics;
        this.pages = pages;
        current = new Matcher(KnowledgeBase.Empty, this.matching);
        if (this.matching.Semantic && model is not null)
        {
            semantic = new SemanticBuilder(model, this.matching, this.time, logger);
        }
    }

    /// <summary>The full path of the knowledge folder: what the questions asked of this knowledge are recorded with.</summary>
    public string Folder { get; }

    /// <summary>The matcher over the knowledge currently served.</summary>
    public Matcher Current => Volatile.Read(ref current);

    public KnowledgeStatus Status => Volatile.Read(ref status);

    /// <summary>Whether the knowledge served is matched by meaning yet, and if not, why.</summary>
    public MatchingStatus Matching => semantic?.Status ?? (matching.Semantic ? MatchingStatus.NoModel : MatchingStatus.Off);

    /// <summary>
    /// Waits until the knowledge served is matched as well as it will be: its embeddings built (and the cache saved),
    /// or the model failed. What a one-shot command answers with is then what the running bot answers.
    /// </summary>
    public async Task WhenMatchingSettledAsync(CancellationToken cancellationToken = default)
    {
        while (semantic?.Latest is { } latest)
        {
            await latest.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (latest == semantic.Latest)
            {
                return;
            }
        }
    }

    /// <summary>The folder's <see cref="KnowledgeLoader.Signature"/> as it was just before the last load read it.</summary>
    public string LoadedSignature { get; private set; } = "";

    /// <summary>
    /// Loads the knowledge folder and serves it. Problems in single files are logged; the rest loads. On a reload
    /// that cannot read the folder at all, the current knowledge keeps serving and the status says why.
    /// </summary>
    public async Task<KnowledgeBase> LoadAsync(CancellationToken cancellationToken)
    {
        await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var before = Current.Knowledge;
            // Taken before reading, so an edit made while loading is seen as a change by the next check.
            var signature = Directory.Exists(options.Path) ? KnowledgeLoader.Signature(options.Path) : "";
            (KnowledgeBase Knowledge, IReadOnlyDictionary<string, LoadedFile> Files) loaded;
            try
            {
                if (pages is { Configured: true, Fetched: false })
                {
                    await pages.RefreshAsync(cancellationToken).ConfigureAwait(false);
                }

                IReadOnlyList<(LoadedFile?, IReadOnlyList<KnowledgeProblem>)> served = pages is null
                    ? []
                    : [.. pages.Current.Select(p => (p.File, (IReadOnlyList<KnowledgeProblem>)(p.Problem is null ? [] : [p.Problem])))];
                loaded = await KnowledgeLoader.LoadAsync(options.Path, files, DocumentLimits.Of(options), served, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (files is not null && e is IOException or UnauthorizedAccessException)
            {
                Log.ReloadFailed(logger, options.Path, e.Message);
                Volatile.Write(ref status, Status with { ReloadError = e.Message });
                metrics?.KnowledgeLoaded("failed");
                return before;
            }

            var (knowledge, good) = loaded;
            knowledge = WithLearned(knowledge);
            foreach (var problem in knowledge.Problems)
            {
                Log.FileProblem(logger, problem.File, problem.Line, problem.Message);
            }

            // A fixed file is news as much as a broken one was.
            foreach (var file in Status.Problems.Select(p => p.File).Distinct(StringComparer.Ordinal).Where(f => knowledge.Problems.All(p => p.File != f)))
            {
                Log.ProblemResolved(logger, file);
            }

            if (knowledge.Entries.Count == 0 && (before.Entries.Count > 0 || Status == KnowledgeStatus.NotLoaded))
            {
                Log.NoEntries(logger, options.Path);
            }

            files = good;
            WarnOfLargeFiles(good.Keys);
            LoadedSignature = signature;
            if (before != KnowledgeBase.Empty && knowledge.Fingerprint == before.Fingerprint)
            {
                Volatile.Write(ref status, Status with { Problems = knowledge.Problems, ReloadError = null });
                metrics?.KnowledgeLoaded(knowledge.Problems.Count == 0 ? "unchanged" : "problems");
                return before;
            }

            Serve(knowledge);
            metrics?.KnowledgeLoaded(knowledge.Problems.Count == 0 ? "loaded" : "problems");
            if (before == KnowledgeBase.Empty)
            {
                Log.Loaded(logger, knowledge.Briefings.Count, knowledge.Entries.Count, knowledge.Fingerprint);
            }
            else
            {
                var changes = KnowledgeChanges.Between(before, knowledge);
                Log.Reloaded(logger, before.Fingerprint, knowledge.Fingerprint, changes.Added, changes.Changed, changes.Removed);
            }

            return knowledge;
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>Asks the servers of <c>Knowledge:Urls</c> whether their pages changed; true when a reload would serve something new.</summary>
    public Task<bool> RefreshPagesAsync(CancellationToken cancellationToken = default) =>
        pages is { Configured: true } ? pages.RefreshAsync(cancellationToken) : Task.FromResult(false);

    /// <summary>
    /// Swaps in an already built knowledge base, matched lexically at once; its fused matcher follows when built.
    /// </summary>
    public void Serve(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        // One index for both matchers of this knowledge, rather than one each.
        knowledge = knowledge.Index is null ? knowledge with { Index = KnowledgeIndex.Build(knowledge.Entries, knowledge.Synonyms, knowledge.Acronyms) } : knowledge;
        var lexical = new Matcher(knowledge, matching);
        Volatile.Write(ref current, lexical);
        Volatile.Write(ref status, new KnowledgeStatus(knowledge.Fingerprint, time.GetUtcNow(), knowledge.Briefings.Count, knowledge.Entries.Count, knowledge.Problems, null));
        semantic?.Start(lexical, (served, fused) => Interlocked.CompareExchange(ref current, fused, served) == served);
    }

    public void Dispose()
    {
        semantic?.Dispose();
        loading.Dispose();
    }

    private void WarnOfLargeFiles(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var info = new FileInfo(System.IO.Path.Combine(options.Path, name));
            // Once per file and size, so a reload for another file's edit does not repeat it.
            if (info.Exists && info.Length > LargeFileBytes && warnedLarge.Add((name, info.Length)))
            {
                Log.LargeFile(logger, name, Math.Round(info.Length / 1_048_576.0, 1), LargeFileBytes / 1_048_576);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Knowledge loaded: {Briefings} briefings, {Entries} entries, fingerprint {Fingerprint}")]
        public static partial void Loaded(ILogger logger, int briefings, int entries, string fingerprint);

        [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Knowledge file {File}, line {Line}: {Problem}")]
        public static partial void FileProblem(ILogger logger, string file, int line, string problem);

        [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Knowledge reloaded: fingerprint {Before} -> {After}: {Added} entries added, {Changed} changed, {Removed} removed")]
        public static partial void Reloaded(ILogger logger, string before, string after, int added, int changed, int removed);

        [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Knowledge problem in {File} resolved")]
        public static partial void ProblemResolved(ILogger logger, string file);

        [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "No entries in {Folder}: every question will be declined until a briefing or curated file is added")]
        public static partial void NoEntries(ILogger logger, string folder);

        [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Knowledge file {File} is {Megabytes} MB, over {Limit} MB: it slows every load and reload; split it into smaller files or trim it")]
        public static partial void LargeFile(ILogger logger, string file, double megabytes, long limit);

        [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "Knowledge reload failed, still serving the previous version: folder {Folder}: {Error}")]
        public static partial void ReloadFailed(ILogger logger, string folder, string error);
    }
}
