using System.Globalization;
using System.Net;
using BriefBot.Core.Knowledge.Documents;

namespace BriefBot.Core.Knowledge.Urls;

/// <summary>
/// Fetches one web page, conditionally when a copy is kept (<c>If-None-Match</c>, <c>If-Modified-Since</c>), within
/// the timeout and the size limit. Redirects are followed by the handler up to <c>Knowledge:UrlMaxRedirects</c>;
/// a redirect still pending after that is a failure, as is anything but a 2xx or 304.
/// </summary>
public sealed class WebPageFetcher(HttpClient http, TimeProvider time)
{
    public const string HttpClientName = "BriefBot.WebPages";

    public async Task<WebPageFetch> FetchAsync(string url, WebPageCopy? copy, TimeSpan timeout, long maxBytes, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml;q=0.9, */*;q=0.1");
        if (copy?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (copy?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new WebPageFetch.NotModified();
            }

            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return new WebPageFetch.Failed(string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}: more redirects than Knowledge:UrlMaxRedirects allows, or one to another scheme"));
            }

            if (!response.IsSuccessStatusCode)
            {
                return new WebPageFetch.Failed(string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            var body = await ReadCappedAsync(response.Content, maxBytes, linked.Token).ConfigureAwait(false);
            return body is null
                ? TooLarge(maxBytes)
                : new WebPageFetch.Fetched(body, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, response.Content.Headers.ContentType?.CharSet);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new WebPageFetch.Failed($"timed out after {timeout} (Knowledge:UrlTimeout)");
        }
        catch (HttpRequestException e)
        {
            return new WebPageFetch.Failed(e.Message);
        }
    }

    private static WebPageFetch.Failed TooLarge(long maxBytes) => new($"is larger than the {DocumentLimits.Megabytes(maxBytes)} limit (Knowledge:MaxDocumentMegabytes)");

    // A server may send no length or a wrong one: the body is read only up to the limit.
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
