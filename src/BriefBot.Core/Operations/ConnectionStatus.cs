namespace BriefBot.Core.Operations;

/// <summary>One connection's state since <paramref name="Since"/>. <paramref name="Detail"/> is for operators and never holds a secret.</summary>
public sealed record ConnectionStatus(string Name, ConnectionState State, string? Detail, DateTimeOffset Since)
{
    public bool Ready => State is ConnectionState.Connected or ConnectionState.Listening;
}
