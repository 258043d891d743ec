using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriefBot.Discord.Rest;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// The WebSocket under one Gateway connection: whole messages in, sends one at a time within Discord's limits, and
/// a close handshake that cannot hang on a dead connection.
/// </summary>
internal sealed class GatewaySocket(TimeProvider time) : IAsyncDisposable
{
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    /// <summary>Discord's limit on a payload the bot sends.</summary>
    private const int MaxSendBytes = 4096;

    /// <summary>How long Discord may take to answer our close before the socket is dropped.</summary>
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly GatewaySendLimiter limiter = new(time);
    private readonly byte[] buffer = new byte[16 * 1024];
    private ITimer? abortTimer;
    private Task closed = Task.CompletedTask;
    private int closing;

    public int? CloseStatus => (int?)socket.CloseStatus;

    public string? CloseStatusDescription => socket.CloseStatusDescription;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        // Discord asks bots to identify themselves on every request, the WebSocket upgrade included, and some
        // Discord-compatible servers refuse an upgrade without it.
        socket.Options.SetRequestHeader("User-Agent", DiscordUserAgent.Value);
        return socket.ConnectAsync(url, cancellationToken);
    }

    /// <summary>The next whole message, or null when a close frame arrived. Cancelling aborts the socket (that is how ClientWebSocket cancels a receive).</summary>
    public async Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.InvalidMessageType, $"A Gateway message exceeded {MaxMessageBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    public async Task SendAsync<T>(T payload, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, type);
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"A Gateway payload of {bytes.Length} bytes exceeds Discord's {MaxSendBytes}.");
        }

        await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Starts the close handshake (once). The receive loop ends when Discord answers, or when the socket is dropped after <see cref="CloseTimeout"/>.</summary>
    public void BeginClose(WebSocketCloseStatus code)
    {
        if (Interlocked.Exchange(ref closing, 1) == 1)
        {
            return;
        }

        abortTimer = time.CreateTimer(_ => socket.Abort(), null, CloseTimeout, Timeout.InfiniteTimeSpan);
        closed = CloseAsync(code);
    }

    private async Task CloseAsync(WebSocketCloseStatus code)
    {
        try
        {
            await sendLock.WaitAsync().ConfigureAwait(false);
            try
            {
                await socket.CloseOutputAsync(code, "", CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            socket.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await closed.ConfigureAwait(false);
        if (abortTimer is not null)
        {
            await abortTimer.DisposeAsync().ConfigureAwait(false);
        }

        if (socket.State == WebSocketState.CloseReceived)
        {
            try
            {
                // Echo Discord's own code: answering its close with 1000 would end a session we mean to resume.
                await socket.CloseOutputAsync(socket.CloseStatus ?? (WebSocketCloseStatus)GatewayCloseCodes.Reconnecting, "", CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or IOException)
            {
                // Already gone.
            }
        }

        socket.Dispose();
        sendLock.Dispose();
        limiter.Dispose();
    }
}
