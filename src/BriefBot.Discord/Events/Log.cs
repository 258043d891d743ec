using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Events;

internal static partial class Log
{
    [LoggerMessage(EventId = 670, Level = LogLevel.Debug, Message = "Dropped Discord event {EventId}: already handled here or by another process")]
    public static partial void Duplicate(ILogger logger, string eventId);

    [LoggerMessage(EventId = 671, Level = LogLevel.Warning, Message = "Could not claim Discord event {EventId} in the store; answering it anyway (another process may answer it too)")]
    public static partial void ClaimFailed(ILogger logger, string eventId, Exception exception);
}
