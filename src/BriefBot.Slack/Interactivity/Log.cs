using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.Interactivity;

internal static partial class Log
{
    [LoggerMessage(EventId = 1040, Level = LogLevel.Debug, Message = "Ignored a Slack interaction of type {Type}")]
    public static partial void Ignored(ILogger logger, string type);
}
