using System.Globalization;
using BriefBot.Core.Knowledge.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Knowledge.Urls;

/// <summary>
/// The web pages of <c>Knowledge:Urls</c>, read as HTML briefings. A refresh asks each server whether its page
/// changed; a new body that reads well replaces the kept copy, and a page that fails (timeout, 500, too large,
/// unreadable) keeps serving its last good copy while its problem, naming the URL and the reason, degrades the
/// knowledge status.
/// </summary>
public sealed partial class WebPages(IHttpClientFactory http, IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<WebPages> logger)
{
    private readonly WebPageCache cache = new(options.Value.PageCache ?? Path.Combine("data", "pages"));
    private IReadOnlyList<WebPage> current = [];

    public bool Configured => options.Value.Urls.Count > 0;

    /// <summary>Whether the pages have been fetched at least once.</summary>
    public bool Fetched { get; private set; }

    /// <summary>Every page as last refreshed, in the order of <c>Knowledge:Urls</c>.</summary>
    public IReadOnlyList<WebPage> Current => Volatile.Read(ref current);

    /// <summary>Fetches every page; true when what is served changed (a page's copy or its problem).</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var before = Current;
        // A client per refresh, so the factory's handler rotation (DNS changes) applies to a long-running bot.
        var fetcher = new WebPageFetcher(http.CreateClient(WebPageFetcher.HttpClientName), time);
        var pages = await Task.WhenAll(options.Value.Urls.Select(url =>
            RefreshAsync(fetcher, url, before.FirstOrDefault(p => p.Url == url), cancellationToken))).ConfigureAwait(false);
        Volatile.Write(ref current, pages);
        var changed = !Fetched || !pages.Select(p => (p.Url, p.Sha256, p.Problem)).SequenceEqual(before.Select(p => (p.Url, p.Sha256, p.Problem)));
        Fetched = true;
        return changed;
    }

    private async Task<WebPage> RefreshAsync(WebPageFetcher fetcher, string url, WebPage? served, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var limits = DocumentLimits.Of(settings);
        var kept = cache.Read(url);
        var fetch = await fetcher.FetchAsync(url, kept?.Copy, settings.UrlTimeout, limits.MaxBytes, cancellationToken).ConfigureAwait(false);
        switch (fetch)
        {
            case WebPageFetch.NotModified when kept is { } copy:
                Log.NotModified(logger, url);
                return Serve(url, copy.Body, copy.Copy, served, null, limits, cancellationToken);
            case WebPageFetch.NotModified:
                return Failed(url, "answered 304 Not Modified, but no copy of it is kept", null, null);
            case WebPageFetch.Fetched fetched:
                var (briefing, problems) = DocumentFile.Parse(fetched.Body, ".html", fetched.Charset, url, limits, cancellationToken);
                if (briefing is null)
                {
                    return Failed(url, problems[0].Message, kept, served);
                }

                Log.Fetched(logger, url, fetched.Body.Length);
                var written = cache.Write(url, fetched, time.GetUtcNow());
                return new WebPage(url, new LoadedFile(url, briefing, null), written.Sha256, null);
            case WebPageFetch.Failed failed:
                return Failed(url, failed.Reason, kept, served);
            default:
                throw new InvalidOperationException($"Unknown fetch outcome {fetch}.");
        }
    }

    private WebPage Failed(string url, string reason, (byte[] Body, WebPageCopy Copy)? kept, WebPage? served)
    {
        Log.FetchFailed(logger, url, reason);
        if (kept is not { } copy)
        {
            return new WebPage(url, null, null, new KnowledgeProblem(url, 0, $"cannot be fetched: {reason}; no copy of it is kept yet, so it is not served"));
        }

        var since = copy.Copy.FetchedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var problem = new KnowledgeProblem(url, 0, $"cannot be fetched: {reason}; serving the copy fetched {since}");
        return Serve(url, copy.Body, copy.Copy, served, problem, DocumentLimits.Of(options.Value), CancellationToken.None);
    }

    // A copy already read is not read again: only its hash is compared.
    private static WebPage Serve(string url, byte[] body, WebPageCopy copy, WebPage? served, KnowledgeProblem? problem, DocumentLimits limits, CancellationToken cancellationToken)
    {
        if (served?.File is not null && served.Sha256 == copy.Sha256)
        {
            return served with { Problem = problem };
        }

        var (briefing, problems) = DocumentFile.Parse(body, ".html", copy.Charset, url, limits, cancellationToken);
        return briefing is null
            ? new WebPage(url, null, null, problem ?? problems[0])
            : new WebPage(url, new LoadedFile(url, briefing, null), copy.Sha256, problem);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 120, Level = LogLevel.Debug, Message = "Web page {Url} fetched: {Bytes} bytes")]
        public static partial void Fetched(ILogger logger, string url, int bytes);

        [LoggerMessage(EventId = 121, Level = LogLevel.Debug, Message = "Web page {Url} not modified")]
        public static partial void NotModified(ILogger logger, string url);

        [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "Web page {Url} cannot be fetched: {Reason}")]
        public static partial void FetchFailed(ILogger logger, string url, string reason);
    }
}
