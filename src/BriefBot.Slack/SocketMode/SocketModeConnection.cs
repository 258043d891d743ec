using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: whole text frames in, JSON out. Sends are serialised, since a WebSocket allows one send
/// at a time and slash-command acks go out from their own tasks.
/// </summary>
internal sealed class SocketModeConnection(WebSocket socket, TimeProvider time) : IDisposable
{
    /// <summary>Slack's envelopes are a few kilobytes; anything near this is not one.</summary>
    public const int MaxFrameBytes = 1 << 20;

    /// <summary>How long a close waits to be sent, and then for the peer's close frame.</summary>
    public static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim sending = new(1, 1);

    /// <summary>The next text frame, or null once the peer closed.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxFrameBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "A Socket Mode frame exceeded 1 MiB.");
            }

            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer.WrittenSpan);
            }
        }
    }

    public async Task SendAsync<T>(T value, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, type);
        await sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>
    /// Sends the close frame (1000, normal closure) after any ack being sent, without waiting for the peer's reply:
    /// the connection is being replaced or the host is stopping. Receiving goes on until the peer's close frame.
    /// </summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await sending.WaitAsync(linked.Token).ConfigureAwait(false);
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, linked.Token).ConfigureAwait(false);
            }
            finally
            {
                sending.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // A socket that cannot even be closed is dropped with Dispose all the same.
        }
    }

    /// <summary>
    /// Closes for good (at shutdown): sends the close frame, then reads on, discarding, until the peer's close frame
    /// or <see cref="CloseTimeout"/>. Frames read here are never acked, so Slack redelivers them elsewhere.
    /// </summary>
    /// <param name="receiving">The receive already pending, which must finish before another can start.</param>
    /// <param name="cancellationToken">Stops waiting for the peer's close frame (never aborts the socket itself).</param>
    public async Task SayGoodbyeAsync(Task<string?> receiving, CancellationToken cancellationToken = default)
    {
        await CloseAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            while (await receiving.WaitAsync(CloseTimeout, time, cancellationToken).ConfigureAwait(false) is not null)
            {
                receiving = ReceiveAsync(CancellationToken.None);
            }
        }
        catch (Exception e) when (e is TimeoutException or WebSocketException or IOException or OperationCanceledException)
        {
            // The peer did not finish the close handshake in time: Dispose drops the socket.
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        sending.Dispose();
    }
}
