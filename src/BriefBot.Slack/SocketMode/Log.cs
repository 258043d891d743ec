using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.SocketMode;

internal static partial class Log
{
    [LoggerMessage(EventId = 1070, Level = LogLevel.Information, Message = "Slack Socket Mode connected")]
    public static partial void SocketConnected(ILogger logger);

    [LoggerMessage(EventId = 1071, Level = LogLevel.Information, Message = "Slack asked for a new Socket Mode connection ({Reason})")]
    public static partial void Refresh(ILogger logger, string reason);

    [LoggerMessage(EventId = 1072, Level = LogLevel.Error, Message = "Slack disabled Socket Mode for this app (link_disabled): the Slack adapter stops. Turn Socket Mode on in the app settings, or set Slack:Mode to Http, and restart.")]
    public static partial void LinkDisabled(ILogger logger);

    [LoggerMessage(EventId = 1073, Level = LogLevel.Error, Message = "Slack refused Slack:AppToken ({Error}): the Slack adapter stops. Use an app-level token (xapp-…) with the connections:write scope.")]
    public static partial void AppTokenRejected(ILogger logger, string error);

    [LoggerMessage(EventId = 1074, Level = LogLevel.Warning, Message = "Slack Socket Mode connection dropped")]
    public static partial void Dropped(ILogger logger, Exception? exception);

    [LoggerMessage(EventId = 1075, Level = LogLevel.Warning, Message = "Could not connect to Slack Socket Mode ({Reason})")]
    public static partial void ConnectFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1076, Level = LogLevel.Information, Message = "Reconnecting to Slack Socket Mode in {Seconds} s")]
    public static partial void Reconnecting(ILogger logger, double seconds);

    [LoggerMessage(EventId = 1077, Level = LogLevel.Error, Message = "A Socket Mode {Type} envelope failed; the connection goes on")]
    public static partial void EnvelopeFailed(ILogger logger, string type, Exception exception);

    [LoggerMessage(EventId = 1078, Level = LogLevel.Warning, Message = "Unreadable Socket Mode frame: malformed JSON at line {Line}, byte {Position}")]
    public static partial void Unreadable(ILogger logger, long line, long position);

    [LoggerMessage(EventId = 1079, Level = LogLevel.Debug, Message = "Acked a Socket Mode {Type} envelope the adapter does not act on")]
    public static partial void Unexpected(ILogger logger, string type);

    [LoggerMessage(EventId = 1080, Level = LogLevel.Information, Message = "Slack Socket Mode closed for shutdown; Slack sends anything unacked to another connection")]
    public static partial void SocketClosed(ILogger logger);
}
