namespace BriefBot.Slack.SocketMode;

/// <summary>How one Socket Mode connection ended, which decides what the client does next.</summary>
internal enum SessionEnd
{
    /// <summary>Slack asked for a new connection (disconnect: warning, refresh_requested): open one at once.</summary>
    Refresh,

    /// <summary>The socket dropped or could not be opened: open a new one after a backoff.</summary>
    Dropped,

    /// <summary>Socket Mode is off for the app (link_disabled) or the app token is refused: retrying cannot help.</summary>
    Stop,
}
