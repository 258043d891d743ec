using BriefBot.Core.Chat.Pipeline;
using BriefBot.Slack.Signing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace BriefBot.Slack.Events;

internal static partial class Log
{
    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Connected to Slack workspace {Team} as {UserId}")]
    public static partial void Connected(ILogger logger, string team, string userId);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Could not learn the bot's Slack identity ({Error}); bot messages are still ignored by their bot_id")]
    public static partial void IdentityUnknown(ILogger logger, string error);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Debug, Message = "Slack event {EventId} already handled (retry {Retry}); not answered again")]
    public static partial void Duplicate(ILogger logger, string eventId, int retry);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "Refused a request to /slack/events: signature {Check}")]
    public static partial void Refused(ILogger logger, SignatureCheck check);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning, Message = "Unreadable Slack request ({ContentType}): malformed JSON at line {Line}, byte {Position}")]
    public static partial void Unreadable(ILogger logger, string contentType, long line, long position);

    [LoggerMessage(EventId = 1017, Level = LogLevel.Warning, Message = "Refused a request to /slack/events before its signature could be checked: HTTP {Status}")]
    public static partial void BodyRefused(ILogger logger, int status);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Debug, Message = "Slack retry {Retry} ({Reason})")]
    public static partial void Retry(ILogger logger, int retry, StringValues reason);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Warning, Message = "Refused Slack event {EventId} in channel {ChannelId} ({Reason}): Slack will deliver it again")]
    public static partial void Refused(ILogger logger, string eventId, string channelId, Intake reason);
}
