using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>The server side of one Socket Mode WebSocket, scripted by a test: send frames, read the client's acks, drop it.</summary>
public sealed class FakeSocketSession(WebSocket socket)
{
    private readonly Channel<JsonNode> received = Channel.CreateUnbounded<JsonNode>();
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Closed => closed.Task;

    /// <summary>The status of the client's close frame; null while open, or when the client dropped without one.</summary>
    public WebSocketCloseStatus? CloseStatus { get; private set; }

    public Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendHelloAsync() => SendAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"fake"},"connection_info":{"app_id":"A1"}}""");

    public Task SendDisconnectAsync(string reason) => SendAsync($$$"""{"type":"disconnect","reason":"{{{reason}}}","debug_info":{"host":"fake"}}""");

    /// <summary>The next frame the client sent, or null once it closed.</summary>
    public async Task<JsonNode?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await received.Reader.ReadAsync(cts.Token);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>Drops the connection without a close handshake, as a network failure would.</summary>
    public void Abort()
    {
        socket.Abort();
        closed.TrySetResult();
    }

    /// <summary>Reads the client's frames until the socket ends; the HTTP request stays open until then.</summary>
    internal async Task PumpAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    // Slack answers a close frame with its own, completing the handshake.
                    CloseStatus = result.CloseStatus;
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }

                received.Writer.TryWrite(JsonNode.Parse(frame.ToArray())!);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Aborted by the test or dropped by the client: the session is over either way.
        }
        finally
        {
            received.Writer.TryComplete();
            closed.TrySetResult();
        }
    }
}
