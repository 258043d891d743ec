using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Connected to the Discord Gateway at {Host} (resuming: {Resuming})")]
    public static partial void Connected(ILogger logger, string host, bool resuming);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Discord session ready as user {BotUserId}")]
    public static partial void Ready(ILogger logger, string botUserId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Discord session resumed")]
    public static partial void Resumed(ILogger logger);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "No heartbeat ACK from Discord since the last beat: dropping the connection to resume")]
    public static partial void AckMissed(ILogger logger);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Disconnected from the Discord Gateway: {Reason}")]
    public static partial void Disconnected(ILogger logger, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Reconnecting to the Discord Gateway in {Seconds}s")]
    public static partial void Reconnecting(ILogger logger, double seconds);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Error, Message = "A Gateway frame could not be handled; the connection goes on")]
    public static partial void FrameFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Could not get the Gateway URL from Discord (status {Status})")]
    public static partial void GatewayUrlFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "No Discord session starts left today: waiting {Seconds}s before identifying")]
    public static partial void SessionLimit(ILogger logger, double seconds);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Critical, Message = "The Discord adapter cannot run and BriefBot is stopping: {Reason}")]
    public static partial void Fatal(ILogger logger, string reason);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Error, Message = "A Discord {EventName} event could not be handled")]
    public static partial void DispatchFailed(ILogger logger, string eventName, Exception exception);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Warning, Message = "Stopping: Discord event {EventId} in {ChannelId} arrived after the reply pipeline closed and is not answered")]
    public static partial void RefusedStopping(ILogger logger, string eventId, string channelId);
}
