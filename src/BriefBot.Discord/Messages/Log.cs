using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Messages;

internal static partial class Log
{
    [LoggerMessage(EventId = 630, Level = LogLevel.Debug, Message = "Replied in {ChannelId}: answered {Answered}, confidence {Confidence}")]
    public static partial void Replied(ILogger logger, string channelId, bool answered, int confidence);

    [LoggerMessage(EventId = 631, Level = LogLevel.Warning, Message = "Could not reply in {ChannelId}: Discord answered {Status}")]
    public static partial void ReplyFailed(ILogger logger, string channelId, int status);
}
