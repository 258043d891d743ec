namespace BriefBot.Core.Operations;

/// <summary>Where a connection to the outside world stands. Only <see cref="Connected"/> and <see cref="Listening"/> are ready.</summary>
public enum ConnectionState
{
    /// <summary>Not connected yet since the start.</summary>
    Starting,

    /// <summary>An outgoing connection is up (a Gateway or Socket Mode session, a verified token).</summary>
    Connected,

    /// <summary>An incoming endpoint accepts requests.</summary>
    Listening,

    /// <summary>Was up, is down, and is being retried.</summary>
    Reconnecting,

    /// <summary>Down and not retried (a revoked token, a fatal close code) until the process restarts.</summary>
    Failed,

    /// <summary>Closed on purpose, at shutdown.</summary>
    Stopped,
}
