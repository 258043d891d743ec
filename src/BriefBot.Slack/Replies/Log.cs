using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Replies;

internal static partial class Log
{
    [LoggerMessage(EventId = 1050, Level = LogLevel.Debug, Message = "Replied in Slack channel {ChannelId}")]
    public static partial void Replied(ILogger logger, string channelId);

    [LoggerMessage(EventId = 1051, Level = LogLevel.Error, Message = "Reply in Slack channel {ChannelId} not delivered: {Error}")]
    public static partial void ReplyNotDelivered(ILogger logger, string channelId, string error);

    [LoggerMessage(EventId = 1052, Level = LogLevel.Debug, Message = "Feedback recorded in Slack channel {ChannelId}: helpful {Helpful}")]
    public static partial void FeedbackRecorded(ILogger logger, string channelId, bool helpful);

    [LoggerMessage(EventId = 1053, Level = LogLevel.Error, Message = "A slash command that missed its ack could not be answered")]
    public static partial void LateReplyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1054, Level = LogLevel.Error, Message = "A slash command reply could not be posted to its response_url")]
    public static partial void ResponseNotDelivered(ILogger logger);
}
