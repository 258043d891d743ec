using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Chat.Pipeline;

internal static partial class Log
{
    [LoggerMessage(EventId = 560, Level = LogLevel.Warning, Message = "The {Platform} reply pipeline refused a {Job} in lane {Lane}: {Reason}")]
    public static partial void Refused(ILogger logger, string platform, string job, string lane, Intake reason);

    [LoggerMessage(EventId = 561, Level = LogLevel.Error, Message = "A {Platform} {Job} failed; going on with the next")]
    public static partial void JobFailed(ILogger logger, string platform, string job, Exception exception);

    [LoggerMessage(EventId = 562, Level = LogLevel.Warning, Message = "A {Platform} {Job} was interrupted by shutdown")]
    public static partial void Interrupted(ILogger logger, string platform, string job);

    [LoggerMessage(EventId = 563, Level = LogLevel.Information, Message = "Stopping: finishing {Count} {Platform} job(s) first")]
    public static partial void Finishing(ILogger logger, int count, string platform);

    [LoggerMessage(EventId = 564, Level = LogLevel.Warning, Message = "The shutdown timeout ran out with {Running} running and {Queued} queued {Platform} job(s); abandoning them")]
    public static partial void Abandoned(ILogger logger, int running, int queued, string platform);
}
