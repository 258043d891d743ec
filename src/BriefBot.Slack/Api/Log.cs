using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Api;

internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "Slack API {Method} failed: {Error}")]
    public static partial void ApiError(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Slack API {Method} answered HTTP {Status}")]
    public static partial void HttpFailed(ILogger logger, string method, int status);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Slack rate-limited {Method}; retrying in {Seconds} s")]
    public static partial void RateLimited(ILogger logger, string method, double seconds);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Slack API {Method} failed ({Reason}); retrying in {Seconds} s")]
    public static partial void Transient(ILogger logger, string method, string reason, double seconds);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Slack API {Method} unreachable after {Attempts} attempts")]
    public static partial void GaveUp(ILogger logger, string method, int attempts, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Slack API {Method} answered something that is not its JSON")]
    public static partial void InvalidResponse(ILogger logger, string method);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Refused a response_url on host {Host}: only Slack's hooks host is trusted")]
    public static partial void ResponseUrlRefused(ILogger logger, string host);
}
