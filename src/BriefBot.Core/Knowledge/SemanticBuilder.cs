using System.Diagnostics;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Builds the fused matcher for the knowledge just served, in the background: the embeddings (from the cache where it
/// has them) and the matcher's self-calibration, both of which take minutes on a cold 100,000-entry knowledge base.
/// One build at a time; a newer knowledge base cancels the build for the older one, and so does shutdown.
/// </summary>
internal sealed partial class SemanticBuilder : IDisposable
{
    // Past this many texts to encode (about ten seconds on one core) a build reports its progress in the log.
    private const int LargeBuild = 2_000;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    private readonly EmbeddingModel model;
    private readonly MatchingOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private CancellationTokenSource? running;
    private Task build = Task.CompletedTask;
    private MatchingStatus status = MatchingStatus.NothingServed;
    private string? reportedFailure;

    public SemanticBuilder(EmbeddingModel model, MatchingOptions options, TimeProvider time, ILogger logger)
    {
        this.model = model;
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    public MatchingStatus Status => Volatile.Read(ref status);

    /// <summary>The latest build: done (or failed, or superseded) when it completes; never faults.</summary>
    public Task Latest
    {
        get
        {
            lock (gate)
            {
                return build;
            }
        }
    }

    /// <summary>
    /// Builds the fused matcher for <paramref name="lexical"/>'s knowledge and hands it to <paramref name="swap"/>,
    /// which serves it only if <paramref name="lexical"/> is still what is served.
    /// </summary>
    public void Start(Matcher lexical, Func<Matcher, Matcher, bool> swap)
    {
        lock (gate)
        {
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            running?.Cancel();
            var mine = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            running = mine;
            var previous = build;
            var texts = SemanticIndex.TextsOf(lexical.Knowledge);
            Volatile.Write(ref status, MatchingStatus.Building(0, texts.Count));
            build = Task.Run(() => RunAsync(previous, lexical, texts, swap, mine));
        }
    }

    private async Task RunAsync(Task previous, Matcher lexical, IReadOnlyCollection<string> texts, Func<Matcher, Matcher, bool> swap, CancellationTokenSource mine)
    {
        // Builds never overlap: two would share the two cores, and the cache, for nothing.
        await previous.ConfigureAwait(false);
        var cancellationToken = mine.Token;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var (encoder, cache) = model.Load();
            var knowledge = lexical.Knowledge;
            var progress = new ProgressLog(this, mine);
            var index = SemanticIndex.Build(knowledge, encoder, cache, progress, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            var fused = new Matcher(knowledge, options, index);
            if (swap(lexical, fused))
            {
                SetStatus(mine, MatchingStatus.Semantic(index.Matrix.Rows));
                var seconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
                Log.Ready(logger, index.Matrix.Rows, progress.Encoded, seconds);
            }

            cache.Save(texts, cancellationToken);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Superseded or shutting down (when what the build uses may be going away too): the newer build, if any,
            // owns the status.
        }
        catch (Exception e)
        {
            var reason = e.GetType().Name + ": " + e.Message;
            if (SetStatus(mine, MatchingStatus.Failed(reason)) && reportedFailure != reason)
            {
                reportedFailure = reason;
                Log.Failed(logger, reason);
            }
        }
        finally
        {
            lock (gate)
            {
                if (running == mine)
                {
                    running = null;
                }
            }

            mine.Dispose();
        }
    }

    private bool SetStatus(CancellationTokenSource mine, MatchingStatus next)
    {
        lock (gate)
        {
            if (running != mine)
            {
                return false;
            }

            Volatile.Write(ref status, next);
            return true;
        }
    }

    /// <summary>Cancels the build running and refuses new ones: the host is shutting down.</summary>
    public void Stop()
    {
        lock (gate)
        {
            stopping.Cancel();
        }
    }

    public void Dispose()
    {
        Task last;
        lock (gate)
        {
            stopping.Cancel();
            last = build;
        }

        // The encoder is disposed after this: a build still running must not use it then. A build stops within one
        // batch of texts once cancelled.
        last.Wait(TimeSpan.FromSeconds(30));
        stopping.Dispose();
    }

    /// <summary>Reports a build's progress to the status at once, and to the log every 10 % or 10 s of a large one.</summary>
    private sealed class ProgressLog(SemanticBuilder builder, CancellationTokenSource mine) : IProgress<BuildProgress>
    {
        private long lastLogged;
        private int lastTenth;

        public int Encoded { get; private set; }

        public void Report(BuildProgress value)
        {
            Encoded = value.Encoded;
            builder.SetStatus(mine, MatchingStatus.Building(value.Done, value.Total));
            if (value.ToEncode < LargeBuild)
            {
                return;
            }

            var now = builder.time.GetTimestamp();
            var tenth = value.Encoded * 10 / value.ToEncode;
            if (value.Encoded == 0)
            {
                Log.Started(builder.logger, value.Total, value.ToEncode);
                lastLogged = now;
            }
            else if (tenth > lastTenth || builder.time.GetElapsedTime(lastLogged, now) >= ProgressEvery)
            {
                Log.Progress(builder.logger, value.Encoded, value.ToEncode);
                lastLogged = now;
                lastTenth = tenth;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 140, Level = LogLevel.Information, Message = "Building embeddings: {Texts} texts, {ToEncode} not in the cache; answering lexically until done")]
        public static partial void Started(ILogger logger, int texts, int toEncode);

        [LoggerMessage(EventId = 141, Level = LogLevel.Information, Message = "Building embeddings: {Encoded}/{ToEncode} encoded")]
        public static partial void Progress(ILogger logger, int encoded, int toEncode);

        [LoggerMessage(EventId = 142, Level = LogLevel.Information, Message = "Matching by meaning: {Texts} texts embedded ({Encoded} encoded, the rest from the cache) in {Seconds} s")]
        public static partial void Ready(ILogger logger, int texts, int encoded, double seconds);

        [LoggerMessage(EventId = 143, Level = LogLevel.Warning, Message = "The embedding model cannot be used, answering by words only: {Reason}")]
        public static partial void Failed(ILogger logger, string reason);
    }
}
