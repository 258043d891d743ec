using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Rest;

internal static partial class Log
{
    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug, Message = "Waiting {Seconds}s for the rate-limit bucket of {Route}")]
    public static partial void WaitingForBucket(ILogger logger, string route, double seconds);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Rate limited on {Route}: retrying after {Seconds}s (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, double seconds, bool global);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Discord answered {Status} on {Route}: retrying after {Seconds}s")]
    public static partial void ServerError(ILogger logger, string route, int status, double seconds);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "Discord refused {Route} with {Status}: {Error}")]
    public static partial void Refused(ILogger logger, string route, int status, string error);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Warning, Message = "Could not reach Discord for {Route}: retrying after {Seconds}s")]
    public static partial void ConnectionFailed(ILogger logger, string route, double seconds, Exception exception);

    [LoggerMessage(EventId = 2015, Level = LogLevel.Warning, Message = "Not retrying {Route}: a retry could not reach Discord within an interaction's 3 seconds")]
    public static partial void CallbackTooLate(ILogger logger, string route);
}
