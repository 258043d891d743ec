namespace BriefBot.Slack;

/// <summary>The connections the Slack adapter reports to the host's connection board, which readiness waits for.</summary>
internal static class SlackConnections
{
    /// <summary>The bot token against the Web API: Connected once auth.test succeeded, Failed when Slack refuses the token.</summary>
    public const string WebApi = "slack.web-api";

    /// <summary>The Socket Mode WebSocket (Socket Mode only): Connected on hello, Reconnecting between sockets, Stopped at shutdown.</summary>
    public const string SocketMode = "slack.socket-mode";
}
