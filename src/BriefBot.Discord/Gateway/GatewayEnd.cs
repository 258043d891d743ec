using System.Globalization;

namespace BriefBot.Discord.Gateway;

internal enum GatewayNext
{
    /// <summary>Reconnect and resume the session (identify if there is none to resume).</summary>
    Resume,

    /// <summary>Reconnect and identify anew: the session is gone.</summary>
    Identify,

    /// <summary>The host is stopping.</summary>
    Stop,

    /// <summary>No reconnect can help: the settings or the application must be fixed.</summary>
    Fatal,
}

/// <summary>
/// How a connection ended and what comes next. <see cref="Delay"/> is the least wait before reconnecting;
/// <see cref="ErrorKind"/> is the metric's kind when the end was a failure (null for a stop or an asked-for reconnect).
/// </summary>
internal sealed record GatewayEnd(GatewayNext Next, string Reason, TimeSpan Delay, string? ErrorKind = null)
{
    private static readonly TimeSpan AfterError = TimeSpan.FromSeconds(1);

    /// <summary>True for op 9: the Gateway was up and answered; only its own wait applies.</summary>
    public bool IsInvalidSession { get; private init; }

    public static GatewayEnd Stopped { get; } = new(GatewayNext.Stop, "stopping", TimeSpan.Zero);

    /// <summary>Op 7: Discord wants the session resumed elsewhere, at once.</summary>
    public static GatewayEnd ReconnectRequested { get; } = new(GatewayNext.Resume, "Discord asked for a reconnect (op 7)", TimeSpan.Zero);

    /// <summary>No ACK for the last heartbeat: the connection is dead though the socket looks open.</summary>
    public static GatewayEnd Zombie { get; } = new(GatewayNext.Resume, "no heartbeat ACK (zombie connection)", TimeSpan.Zero, PlatformErrorKind.Timeout);

    public static GatewayEnd Lost(string reason) => new(GatewayNext.Resume, reason, AfterError, PlatformErrorKind.Network);

    public static GatewayEnd Fatal(string reason) => new(GatewayNext.Fatal, reason, TimeSpan.Zero, PlatformErrorKind.GatewayFatal);

    /// <summary>Op 9: resumable, or a new session after the 1–5 s Discord asks for.</summary>
    public static GatewayEnd InvalidSession(bool resumable) => resumable
        ? new(GatewayNext.Resume, "invalid session (op 9, resumable)", TimeSpan.Zero, PlatformErrorKind.GatewayClose) { IsInvalidSession = true }
        : new(GatewayNext.Identify, "invalid session (op 9, not resumable)", TimeSpan.FromMilliseconds(1000 + Random.Shared.Next(4001)), PlatformErrorKind.GatewayClose) { IsInvalidSession = true };

    public static GatewayEnd ClosedByDiscord(int? code, string? description)
    {
        if (code is int fatalCode && GatewayCloseCodes.Fatal(fatalCode) is { } fatal)
        {
            return Fatal(fatal);
        }

        var reason = $"closed by Discord with {code?.ToString(CultureInfo.InvariantCulture) ?? "no code"} {description}".TrimEnd();
        return code is int sessionCode && GatewayCloseCodes.EndsSession(sessionCode)
            ? new(GatewayNext.Identify, reason, AfterError, PlatformErrorKind.GatewayClose)
            : new(GatewayNext.Resume, reason, AfterError, PlatformErrorKind.GatewayClose);
    }
}
