using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

internal static partial class Log
{
    [LoggerMessage(EventId = 2050, Level = LogLevel.Debug, Message = "Refused an Interactions request whose signature did not verify")]
    public static partial void BadSignature(ILogger logger);

    [LoggerMessage(EventId = 2055, Level = LogLevel.Warning, Message = "An interaction's follow-up could not be queued: the shutdown timeout ran out")]
    public static partial void FollowUpDropped(ILogger logger);

    [LoggerMessage(EventId = 2056, Level = LogLevel.Warning, Message = "Refused a request to the Interactions endpoint before its signature could be checked: HTTP {Status}")]
    public static partial void BodyRefused(ILogger logger, int status);
}
