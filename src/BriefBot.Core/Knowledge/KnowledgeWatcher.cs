using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Reloads the knowledge when its folder changes: a file-system watcher for speed, a periodic check of every file's
/// size and time for the cases watchers miss, and a debounce so a burst of writes is one reload.
/// </summary>
public sealed partial class KnowledgeWatcher(KnowledgeSource knowledge, IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeWatcher> logger)
    : BackgroundService
{
    private readonly Channel<string> changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private FileSystemWatcher? watcher;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Started here, not in ExecuteAsync (which .NET runs on a background task): an edit made right after start
        // must already raise an event.
        if (options.Value.Watch)
        {
            watcher = StartWatcher(options.Value.Path);
        }

        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        watcher?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Watch)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = changes.Reader.WaitToReadAsync(stoppingToken).AsTask();
            var poll = Task.Delay(settings.PollInterval, time, stoppingToken);
            await Task.WhenAny(changed, poll).ConfigureAwait(false);
            stoppingToken.ThrowIfCancellationRequested();
            if (changed.IsCompleted)
            {
                await QuietAsync(settings.ReloadDebounce, stoppingToken).ConfigureAwait(false);
            }

            // An event means something changed, even an edit that kept the size within the clock's resolution;
            // a reload of unchanged files costs a parse and is not swapped in (same fingerprint).
            await CheckAsync(changed.IsCompleted, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reloads if any knowledge file or web page was added, removed or changed since the last load (or always, when forced).</summary>
    internal async Task<bool> CheckAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        try
        {
            // Web pages are asked on every check: their servers, not the folder, know whether they changed.
            var pagesChanged = await knowledge.RefreshPagesAsync(cancellationToken).ConfigureAwait(false);
            if (!force && !pagesChanged && KnowledgeLoader.Signature(options.Value.Path) == knowledge.LoadedSignature)
            {
                return false;
            }

            await knowledge.LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One error sink: a reload that throws must not end the watcher, or later edits would never load.
            Log.ReloadFailed(logger, e);
        }

        return true;
    }

    // Waits until no change has arrived for the debounce period.
    private async Task QuietAsync(TimeSpan debounce, CancellationToken cancellationToken)
    {
        while (changes.Reader.TryRead(out _))
        {
            var quiet = Task.Delay(debounce, time, cancellationToken);
            var again = changes.Reader.WaitToReadAsync(cancellationToken).AsTask();
            if (await Task.WhenAny(quiet, again).ConfigureAwait(false) == quiet)
            {
                return;
            }
        }
    }

    private FileSystemWatcher? StartWatcher(string folder)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            FileSystemEventHandler changed = (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Error += (_, e) => Log.WatcherError(logger, e.GetException());
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            Log.WatcherError(logger, e);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 110, Level = LogLevel.Error, Message = "Knowledge reload failed; the previous knowledge keeps serving")]
        public static partial void ReloadFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Knowledge folder watcher failed; changes are still picked up by the periodic check")]
        public static partial void WatcherError(ILogger logger, Exception? exception);
    }
}
