using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>Discord's Gateway on loopback: each WebSocket connection is handed to the test, which scripts it.</summary>
public sealed class FakeGateway
{
    private readonly Channel<FakeGatewayConnection> accepted = Channel.CreateUnbounded<FakeGatewayConnection>();
    private int connections;

    public int ConnectionCount => Volatile.Read(ref connections);

    /// <summary>Connections accepted but not yet taken by <see cref="NextConnectionAsync"/>.</summary>
    public int Waiting => accepted.Reader.Count;

    public async Task<FakeGatewayConnection> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(Wait.RealLimit);
        return await accepted.Reader.ReadAsync(timeout.Token);
    }

    internal async Task AcceptAsync(HttpContext context, string path)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, path, context.Request.QueryString.Value ?? "", context.Request.Headers.UserAgent.ToString());
        Interlocked.Increment(ref connections);
        accepted.Writer.TryWrite(connection);
        await connection.RunAsync(context.RequestAborted);
    }
}
