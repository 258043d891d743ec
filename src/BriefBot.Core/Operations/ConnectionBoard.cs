using System.Collections.Concurrent;

namespace BriefBot.Core.Operations;

/// <summary>
/// The state of every connection the bot holds (the web server, a Gateway session, a Socket Mode socket), as the
/// components holding them report it. Readiness reads it: the bot is ready when each expected connection is.
/// </summary>
public sealed class ConnectionBoard
{
    private readonly ConcurrentDictionary<string, ConnectionStatus> states = new(StringComparer.Ordinal);
    private readonly TimeProvider time;

    public ConnectionBoard(IEnumerable<ExpectedConnection> expected, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(expected);
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        var now = time.GetUtcNow();
        foreach (var connection in expected)
        {
            states.TryAdd(connection.Name, new ConnectionStatus(connection.Name, ConnectionState.Starting, null, now));
        }
    }

    /// <summary>Records a connection's new state. A report of the state it is already in keeps its original time.</summary>
    public void Report(string name, ConnectionState state, string? detail = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var now = time.GetUtcNow();
        states.AddOrUpdate(
            name,
            static (n, arg) => new ConnectionStatus(n, arg.state, arg.detail, arg.now),
            static (_, old, arg) => old.State == arg.state ? old with { Detail = arg.detail } : new ConnectionStatus(old.Name, arg.state, arg.detail, arg.now),
            (state, detail, now));
    }

    /// <summary>Every connection known, by name.</summary>
    public IReadOnlyList<ConnectionStatus> Snapshot() => [.. states.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];
}
