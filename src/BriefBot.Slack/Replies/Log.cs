using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Replies;

internal static partial class Log
{
    [LoggerMessage(EventId = 650, Level = LogLevel.Debug, Message = "Replied in Slack channel {ChannelId}")]
    public static partial void Replied(ILogger logger, string channelId);

    [LoggerMessage(EventId = 651, Level = LogLevel.Error, Message = "Reply in Slack channel {ChannelId} not delivered: {Error}")]
    public static partial void ReplyNotDelivered(ILogger logger, string channelId, string error);

    [LoggerMessage(EventId = 652, Level = LogLevel.Debug, Message = "Feedback recorded in Slack channel {ChannelId}: helpful {Helpful}")]
    public static partial void FeedbackRecorded(ILogger logger, string channelId, bool helpful);

    [LoggerMessage(EventId = 653, Level = LogLevel.Error, Message = "A slash command that missed its ack could not be answered")]
    public static partial void LateReplyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 654, Level = LogLevel.Error, Message = "A slash command reply could not be posted to its response_url")]
    public static partial void ResponseNotDelivered(ILogger logger);

    [LoggerMessage(EventId = 655, Level = LogLevel.Error, Message = "Slack job queue is full; a {Job} was refused")]
    public static partial void QueueFull(ILogger logger, string job);

    [LoggerMessage(EventId = 656, Level = LogLevel.Error, Message = "A Slack {Job} failed")]
    public static partial void JobFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(EventId = 657, Level = LogLevel.Warning, Message = "A Slack {Job} was interrupted by shutdown")]
    public static partial void Interrupted(ILogger logger, string job);

    [LoggerMessage(EventId = 658, Level = LogLevel.Warning, Message = "Shutdown timeout reached: abandoning {Running} running and {Queued} queued Slack jobs")]
    public static partial void LeftUndone(ILogger logger, int running, int queued);

    [LoggerMessage(EventId = 659, Level = LogLevel.Warning, Message = "Stopping: a {Job} arrived after the Slack job queue closed and was refused")]
    public static partial void RefusedStopping(ILogger logger, string job);
}
