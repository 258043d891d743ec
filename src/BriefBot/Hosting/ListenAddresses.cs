using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace BriefBot.Hosting;

/// <summary>
/// Checks before start that the addresses in <c>Urls</c> are free, so a second bot on a busy port says so in one line
/// instead of Kestrel's and the host's stack traces. A port taken between this check and Kestrel's bind still fails
/// start-up, only less politely.
/// </summary>
internal static class ListenAddresses
{
    public const string Default = "http://localhost:5000";

    /// <summary>The first configured address something else already listens on, or null.</summary>
    public static string? FirstInUse(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var url in (configuration["Urls"] ?? Default).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Endpoint(url) is { } endpoint && InUse(endpoint))
            {
                return url;
            }
        }

        return null;
    }

    private static IPEndPoint? Endpoint(string url)
    {
        // Kestrel's wildcards: "*" and "+" (and any host name it cannot resolve to one address) mean every interface.
        var normal = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normal, UriKind.Absolute, out var uri) || uri.Port <= 0)
        {
            return null;
        }

        var address = uri.IsLoopback && !IPAddress.TryParse(uri.Host.Trim('[', ']'), out _) ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip
            : IPAddress.Any;
        return new IPEndPoint(address, uri.Port);
    }

    private static bool InUse(IPEndPoint endpoint)
    {
        using var probe = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(endpoint);
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            // Not ours to judge (an address of another machine, no permission for a low port): Kestrel will say.
            return false;
        }
    }
}
