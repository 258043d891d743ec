using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Api;

internal static partial class Log
{
    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "Slack API {Method} failed: {Error}")]
    public static partial void ApiError(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 601, Level = LogLevel.Warning, Message = "Slack API {Method} answered HTTP {Status}")]
    public static partial void HttpFailed(ILogger logger, string method, int status);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information, Message = "Slack rate-limited {Method}; retrying in {Seconds} s")]
    public static partial void RateLimited(ILogger logger, string method, double seconds);

    [LoggerMessage(EventId = 603, Level = LogLevel.Warning, Message = "Slack API {Method} failed ({Reason}); retrying in {Seconds} s")]
    public static partial void Transient(ILogger logger, string method, string reason, double seconds);

    [LoggerMessage(EventId = 604, Level = LogLevel.Error, Message = "Slack API {Method} unreachable after {Attempts} attempts")]
    public static partial void GaveUp(ILogger logger, string method, int attempts, Exception exception);

    [LoggerMessage(EventId = 605, Level = LogLevel.Warning, Message = "Slack API {Method} answered something that is not its JSON")]
    public static partial void InvalidResponse(ILogger logger, string method);

    [LoggerMessage(EventId = 606, Level = LogLevel.Warning, Message = "Refused a response_url on host {Host}: only Slack's hooks host is trusted")]
    public static partial void ResponseUrlRefused(ILogger logger, string host);
}
