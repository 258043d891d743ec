using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Commands;

internal static partial class Log
{
    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "Slash command in {ChannelId} not answered within the ack deadline; the reply follows on its response_url")]
    public static partial void Slow(ILogger logger, string channelId);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Error, Message = "Slash command failed")]
    public static partial void Failed(ILogger logger, Exception exception);
}
