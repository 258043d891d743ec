using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

internal static partial class Log
{
    [LoggerMessage(EventId = 650, Level = LogLevel.Debug, Message = "Refused an Interactions request whose signature did not verify")]
    public static partial void BadSignature(ILogger logger);

    [LoggerMessage(EventId = 651, Level = LogLevel.Debug, Message = "Ignored an interaction of type {InteractionType}")]
    public static partial void Unsupported(ILogger logger, int interactionType);

    [LoggerMessage(EventId = 652, Level = LogLevel.Warning, Message = "Could not respond to an interaction of type {InteractionType}: Discord answered {Status}")]
    public static partial void ResponseFailed(ILogger logger, int interactionType, int status);

    [LoggerMessage(EventId = 653, Level = LogLevel.Warning, Message = "Could not send an interaction follow-up: Discord answered {Status}")]
    public static partial void FollowUpFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 655, Level = LogLevel.Warning, Message = "An interaction arrived over HTTP while shutting down; its follow-up will not be sent")]
    public static partial void FollowUpDropped(ILogger logger);

    [LoggerMessage(EventId = 654, Level = LogLevel.Error, Message = "A deferred interaction answer failed; telling the user")]
    public static partial void AnswerFailed(ILogger logger, Exception exception);
}
