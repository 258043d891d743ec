using System.Globalization;
using System.Net;
using System.Text.Json;
using BriefBot.Core.Operations;
using BriefBot.Discord.Payloads;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Sends each request when its bucket allows, waits out a 429 by its <c>retry_after</c> and sends it again, and
/// retries transient server errors with backoff. A request is only sent again after Discord answered 429 or 5xx,
/// and message posts carry an enforced nonce, so a reply is neither dropped nor posted twice.
/// </summary>
internal sealed partial class RateLimitHandler(RestRateLimiter limiter, BriefBotMetrics metrics, TimeProvider time, ILogger<RateLimitHandler> logger) : DelegatingHandler
{
    /// <summary>Bounds the loop if Discord kept answering 429: far beyond what a healthy bot meets.</summary>
    internal const int MaxRateLimited = 10;

    internal const int MaxServerErrors = 4;

    /// <summary>
    /// Discord takes an interaction's first response only within 3 s of the interaction: a callback is retried only
    /// while a retry can still arrive in time (counted from its first attempt, which follows the arrival closely).
    /// </summary>
    internal static readonly TimeSpan CallbackWindow = TimeSpan.FromSeconds(3);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = RestRoute.For(request.Method, request.RequestUri!);
        using var turn = await limiter.EnterAsync(route, cancellationToken).ConfigureAwait(false);
        var rateLimited = 0;
        var serverErrors = 0;
        DateTimeOffset? callbackDeadline = route.IsInteractionCallback ? time.GetUtcNow() + CallbackWindow : null;
        while (true)
        {
            var wait = limiter.Delay(route);
            if (wait > TimeSpan.Zero)
            {
                // The one place a request waits for Discord's limits: an exhausted bucket, or a 429's retry_after
                // (which Pause turned into this delay).
                metrics.RateLimitWait(DiscordChatAdapter.PlatformName, wait);
                Log.WaitingForBucket(logger, route.Template, wait.TotalSeconds);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (++serverErrors <= MaxServerErrors && InTime(route, callbackDeadline, Backoff.Call.First))
            {
                // A dropped connection is as transient as a 502; a message carries an enforced nonce, so a resend
                // of one that did arrive is not posted twice.
                var backoff = Backoff.Call.After(serverErrors);
                Log.ConnectionFailed(logger, route.Template, backoff.TotalSeconds, e);
                await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            limiter.Update(route, response);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && ++rateLimited <= MaxRateLimited)
            {
                var (retryAfter, global) = await RetryAfterAsync(response, cancellationToken).ConfigureAwait(false);
                if (!InTime(route, callbackDeadline, retryAfter))
                {
                    return response;
                }

                Log.RateLimited(logger, route.Template, retryAfter.TotalSeconds, global);
                limiter.Pause(route, retryAfter, global);
                response.Dispose();
                continue;
            }

            if ((int)response.StatusCode is 500 or 502 or 503 or 504 && ++serverErrors <= MaxServerErrors
                && Backoff.Call.After(serverErrors) is var retryIn && InTime(route, callbackDeadline, retryIn))
            {
                Log.ServerError(logger, route.Template, (int)response.StatusCode, retryIn.TotalSeconds);
                response.Dispose();
                await Task.Delay(retryIn, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            return response;
        }
    }

    /// <summary>Whether a retry after <paramref name="wait"/> still counts; when it would not, says so once.</summary>
    private bool InTime(RestRoute route, DateTimeOffset? deadline, TimeSpan wait)
    {
        if (deadline is null || time.GetUtcNow() + wait < deadline)
        {
            return true;
        }

        Log.CallbackTooLate(logger, route.Template);
        return false;
    }

    /// <summary>The wait a 429 asks for: the body's <c>retry_after</c> (seconds, decimal), else <c>Retry-After</c>, else the bucket's reset.</summary>
    private static async Task<(TimeSpan RetryAfter, bool Global)> RetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        RateLimitBody? body = null;
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            body = bytes.Length > 0 ? JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.RateLimitBody) : null;
        }
        catch (JsonException)
        {
            // Cloudflare's own 429 pages are HTML; the headers still say how long to wait.
        }

        var global = body?.Global == true
            || (response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase)));
        var seconds = body?.RetryAfter
            ?? Seconds(response, "Retry-After")
            ?? Seconds(response, "X-RateLimit-Reset-After")
            ?? 1;
        return (TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600)), global);
    }

    private static double? Seconds(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : null;
}
