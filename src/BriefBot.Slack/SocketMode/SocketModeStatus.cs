using BriefBot.Core.Operations;
using BriefBot.Slack.Api;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// What readiness and metrics see of the Socket Mode socket, as <see cref="SlackConnections.SocketMode"/>. Details
/// name what happened and never the socket URL, whose ticket would let anyone receive the app's events.
/// </summary>
internal sealed class SocketModeStatus(ConnectionBoard board, BriefBotMetrics metrics)
{
    private volatile bool everConnected;

    public void Connected()
    {
        everConnected = true;
        board.Report(SlackConnections.SocketMode, ConnectionState.Connected);
    }

    /// <summary>Down and being retried: Reconnecting once it had been up, still Starting if it never was.</summary>
    public void Down(string detail) =>
        board.Report(SlackConnections.SocketMode, everConnected ? ConnectionState.Reconnecting : ConnectionState.Starting, detail + "; reconnecting");

    /// <summary>The socket failed (could not open, dropped): counted as a platform error, and retried.</summary>
    public void SocketFailed(string detail)
    {
        metrics.PlatformError(SlackChatAdapter.PlatformName, ErrorKind.Socket);
        Down(detail);
    }

    /// <summary>Not retried until the process restarts.</summary>
    public void Failed(string detail) => board.Report(SlackConnections.SocketMode, ConnectionState.Failed, detail);

    public void Stopped() => board.Report(SlackConnections.SocketMode, ConnectionState.Stopped);
}
