namespace BriefBot.Slack.Api;

/// <summary>
/// The kinds of failed platform calls counted by BriefBotMetrics.PlatformError: a small fixed vocabulary, so an
/// operator can alert on each and the metric's series stay few.
/// </summary>
internal static class ErrorKind
{
    /// <summary>Slack answered 5xx (each attempt counts, retried or not).</summary>
    public const string Http5xx = "http_5xx";

    /// <summary>Slack answered a 4xx other than a 429 it was waited out for.</summary>
    public const string Http4xx = "http_4xx";

    /// <summary>HTTP 200 with <c>ok:false</c>: Slack understood and refused (invalid_auth, channel_not_found…).</summary>
    public const string ApiError = "api_error";

    /// <summary>A 200 whose body is not Slack's JSON.</summary>
    public const string InvalidResponse = "invalid_response";

    /// <summary>No answer within the HttpClient's timeout.</summary>
    public const string Timeout = "timeout";

    /// <summary>Slack could not be reached (DNS, refused, reset).</summary>
    public const string Network = "network";

    /// <summary>The Socket Mode WebSocket could not be opened, or dropped.</summary>
    public const string Socket = "socket";
}
