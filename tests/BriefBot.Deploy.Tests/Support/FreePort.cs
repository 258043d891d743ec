using System.Net;
using System.Net.Sockets;

namespace BriefBot.Deploy.Tests.Support;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on right now, standing in for the container's published port.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
