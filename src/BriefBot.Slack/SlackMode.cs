namespace BriefBot.Slack;

/// <summary>How Slack reaches the bot.</summary>
public enum SlackMode
{
    /// <summary>Slack posts signed requests to <c>POST /slack/events</c>: needs a public HTTPS URL.</summary>
    Http,

    /// <summary>The bot opens a WebSocket to Slack: works behind a firewall, needs an app-level token.</summary>
    SocketMode,
}
