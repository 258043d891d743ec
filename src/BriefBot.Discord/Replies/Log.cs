using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Replies;

internal static partial class Log
{
    [LoggerMessage(EventId = 2030, Level = LogLevel.Debug, Message = "Replied in {ChannelId}: answered {Answered}, confidence {Confidence}")]
    public static partial void Replied(ILogger logger, string channelId, bool answered, int confidence);

    [LoggerMessage(EventId = 2031, Level = LogLevel.Warning, Message = "Could not reply in {ChannelId}: Discord answered {Status}")]
    public static partial void ReplyFailed(ILogger logger, string channelId, int status);

    [LoggerMessage(EventId = 2051, Level = LogLevel.Debug, Message = "Ignored an interaction of type {InteractionType}")]
    public static partial void Unsupported(ILogger logger, int interactionType);

    [LoggerMessage(EventId = 2052, Level = LogLevel.Warning, Message = "Could not respond to an interaction of type {InteractionType}: Discord answered {Status}")]
    public static partial void ResponseFailed(ILogger logger, int interactionType, int status);

    [LoggerMessage(EventId = 2053, Level = LogLevel.Warning, Message = "Could not send an interaction follow-up: Discord answered {Status}")]
    public static partial void FollowUpFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 2054, Level = LogLevel.Error, Message = "A deferred interaction answer failed; telling the user")]
    public static partial void AnswerFailed(ILogger logger, Exception exception);
}
