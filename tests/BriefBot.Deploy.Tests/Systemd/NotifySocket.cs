using System.Net.Sockets;
using System.Text;

namespace BriefBot.Deploy.Tests.Systemd;

/// <summary>The datagram socket systemd listens on for a Type=notify service ($NOTIFY_SOCKET): it keeps every state the service sends.</summary>
internal sealed class NotifySocket : IDisposable
{
    private readonly Socket socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly List<string> received = [];

    public NotifySocket(string path)
    {
        Path = path;
        socket.Bind(new UnixDomainSocketEndPoint(path));
    }

    public string Path { get; }

    public IReadOnlyList<string> Received => received;

    /// <summary>Reads datagrams until one carries <paramref name="state"/> (e.g. READY=1); false if none did in time or <paramref name="gone"/> ended first.</summary>
    public async Task<bool> WaitForAsync(string state, TimeSpan timeout, Task gone)
    {
        using var cts = new CancellationTokenSource(timeout);
        // A service that has exited sends nothing more: give up then rather than at the timeout.
        _ = gone.ContinueWith(_ => cts.Cancel(), TaskScheduler.Default);
        var buffer = new byte[4096];
        while (!received.Any(m => m.Split('\n').Contains(state)))
        {
            try
            {
                var length = await socket.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
                received.Add(Encoding.UTF8.GetString(buffer, 0, length));
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose() => socket.Dispose();
}
