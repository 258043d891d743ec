using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BriefBot.Core.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.Api;

/// <summary>
/// Slack's Web API over a typed HttpClient. A 429 waits for Retry-After and tries again (Slack did not act on it);
/// 5xx answers and network failures retry with exponential backoff; <c>ok:false</c> is returned as a value and logged
/// with its error code. Tokens travel only in the Authorization header and are never logged. Every failed exchange
/// and every rate-limit wait is counted; a bot token Slack refuses marks <see cref="SlackConnections.WebApi"/> Failed.
/// </summary>
internal sealed class SlackWebApi(
    HttpClient http,
    IOptions<SlackOptions> options,
    TimeProvider time,
    RateLimitPauses pauses,
    BriefBotMetrics metrics,
    ConnectionBoard board,
    ILogger<SlackWebApi> logger)
{
    /// <summary>Attempts for 5xx answers and network failures: up to 1 + 2 + 4 + 8 s of backoff in all.</summary>
    internal const int MaxAttempts = 5;

    /// <summary>How many 429s one call waits out before it gives up.</summary>
    internal const int MaxRateLimitWaits = 10;

    internal static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(5);

    private const string Platform = SlackChatAdapter.PlatformName;

    public Task<SlackApiResult> PostMessageAsync(PostMessageRequest message, CancellationToken cancellationToken) =>
        CallWithBotTokenAsync("chat.postMessage", () => JsonContent.Create(message, SlackJson.Default.PostMessageRequest), cancellationToken, message.Channel);

    /// <summary>Who the bot token belongs to: the bot's own user id, so its own messages are never taken as questions.</summary>
    public Task<SlackApiResult> AuthTestAsync(CancellationToken cancellationToken) =>
        CallWithBotTokenAsync("auth.test", () => new FormUrlEncodedContent([]), cancellationToken);

    /// <summary>A fresh Socket Mode URL, with the app-level token.</summary>
    public Task<SlackApiResult> OpenConnectionAsync(CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", options.Value.AppToken, () => new FormUrlEncodedContent([]), cancellationToken);

    /// <summary>Posts to an interaction's response_url, which needs no token (and must not get one).</summary>
    public async Task<bool> RespondAsync(Uri responseUrl, ResponseMessage message, CancellationToken cancellationToken)
    {
        using var response = await SendAsync("response_url", () => new HttpRequestMessage(HttpMethod.Post, responseUrl)
        {
            Content = JsonContent.Create(message, SlackJson.Default.ResponseMessage),
        }, cancellationToken).ConfigureAwait(false);
        if (response is { IsSuccessStatusCode: true })
        {
            return true;
        }

        if (response is not null)
        {
            Log.HttpFailed(logger, "response_url", (int)response.StatusCode);
        }

        return false;
    }

    private async Task<SlackApiResult> CallWithBotTokenAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken, string? channel = null)
    {
        var result = await CallAsync(method, options.Value.BotToken, content, cancellationToken, channel).ConfigureAwait(false);
        if (result.IsTokenRefused)
        {
            // The detail names the setting and Slack's code; never the token.
            board.Report(SlackConnections.WebApi, ConnectionState.Failed, "Slack refused Slack:BotToken (" + result.Error + ")");
        }

        return result;
    }

    private async Task<SlackApiResult> CallAsync(string method, string? token, Func<HttpContent> content, CancellationToken cancellationToken, string? channel = null)
    {
        using var response = await SendAsync(method, () => new HttpRequestMessage(HttpMethod.Post, method)
        {
            Content = content(),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        }, cancellationToken, RateLimitPauses.Bucket(method, channel)).ConfigureAwait(false);
        if (response is null)
        {
            return SlackApiResult.Failed("network_error");
        }

        if (!response.IsSuccessStatusCode)
        {
            Log.HttpFailed(logger, method, (int)response.StatusCode);
            return SlackApiResult.Failed("http_" + (int)response.StatusCode);
        }

        SlackApiResult? result;
        try
        {
            result = await response.Content.ReadFromJsonAsync(SlackJson.Default.SlackApiResult, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            result = null;
        }

        if (result is null)
        {
            metrics.PlatformError(Platform, ErrorKind.InvalidResponse);
            Log.InvalidResponse(logger, method);
            return SlackApiResult.Failed("invalid_response");
        }

        if (!result.Ok)
        {
            metrics.PlatformError(Platform, ErrorKind.ApiError);
            Log.ApiError(logger, method, result.Error ?? "unknown");
        }

        return result;
    }

    /// <summary>Sends with retries; the response it returns is final. Null when the network failed on every attempt.</summary>
    private async Task<HttpResponseMessage?> SendAsync(string method, Func<HttpRequestMessage> request, CancellationToken cancellationToken, string? bucket = null)
    {
        var failures = 0;
        var rateLimited = 0;
        bucket ??= method;
        while (true)
        {
            var paused = pauses.Delay(bucket);
            if (paused > TimeSpan.Zero)
            {
                // The one place a call waits for Slack's limit: its bucket's Retry-After, which a 429 set.
                Log.RateLimited(logger, method, paused.TotalSeconds);
                metrics.RateLimitWait(Platform, paused);
                await Task.Delay(paused, time, cancellationToken).ConfigureAwait(false);
            }

            HttpResponseMessage response;
            try
            {
                using var message = request();
                response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                metrics.PlatformError(Platform, e is TaskCanceledException ? ErrorKind.Timeout : ErrorKind.Network);
                if (++failures >= MaxAttempts)
                {
                    Log.GaveUp(logger, method, failures, e);
                    return null;
                }

                await WaitAsync(method, Backoff.Call.After(failures), e.GetType().Name, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests && rateLimited++ < MaxRateLimitWaits)
            {
                pauses.Pause(bucket, RetryAfter(response));
                response.Dispose();
                continue;
            }

            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                metrics.PlatformError(Platform, status >= 500 ? ErrorKind.Http5xx : ErrorKind.Http4xx);
            }

            if (status >= 500 && ++failures < MaxAttempts)
            {
                response.Dispose();
                await WaitAsync(method, Backoff.Call.After(failures), "HTTP " + status, cancellationToken).ConfigureAwait(false);
                continue;
            }

            return response;
        }
    }

    private Task WaitAsync(string method, TimeSpan delay, string reason, CancellationToken cancellationToken)
    {
        Log.Transient(logger, method, reason, delay.TotalSeconds);
        return Task.Delay(delay, time, cancellationToken);
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date - time.GetUtcNow()) ?? TimeSpan.FromSeconds(1);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }
}
