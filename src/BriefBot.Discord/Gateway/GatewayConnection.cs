using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriefBot.Discord.Payloads;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the Gateway, from connect to close: Hello, then Identify or Resume, heartbeats, and
/// every frame handed on. Returns why it ended; <see cref="GatewayClient"/> decides how to go on.
/// </summary>
internal sealed partial class GatewayConnection(
    GatewaySession session,
    GatewayDispatcher dispatcher,
    IdentifyData identify,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private const int MaxFrameBytes = 64 * 1024 * 1024;

    /// <summary>Discord's outbound payload limit.</summary>
    private const int MaxSendBytes = 4096;

    /// <summary>How long a close handshake may take before the socket is dropped.</summary>
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly GatewaySendLimiter limiter = new(time);
    private readonly CancellationTokenSource lifetime = new();
    private readonly byte[] buffer = new byte[16 * 1024];
    private GatewayEnd? closing;
    private Task closed = Task.CompletedTask;
    private ITimer? abortTimer;
    private Task heartbeat = Task.CompletedTask;
    private int awaitingAck;
    private bool resuming;

    /// <summary>True once READY or RESUMED arrived: the connection worked, so reconnect backoff starts over.</summary>
    public bool ReachedReady { get; private set; }

    public async Task<GatewayEnd> RunAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        resuming = resume;
        try
        {
            await socket.ConnectAsync(url, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException)
        {
            return GatewayEnd.Lost("could not connect: " + e.Message);
        }

        Log.Connected(logger, url.Host, resume);
        // Cancelling a receive would abort the socket; a stop instead closes it with 1000, which ends the session.
        using var stopping = stoppingToken.Register(() => BeginClose(GatewayEnd.Stopped, WebSocketCloseStatus.NormalClosure));
        try
        {
            while (true)
            {
                var frame = await ReceiveAsync().ConfigureAwait(false);
                if (frame is null)
                {
                    return Volatile.Read(ref closing) ?? GatewayEnd.ClosedByDiscord((int?)socket.CloseStatus, socket.CloseStatusDescription);
                }

                // The one error sink of this loop: a frame that cannot be handled is logged and the loop goes on.
                try
                {
                    await HandleAsync(frame.Value, lifetime.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException and not WebSocketException)
                {
                    Log.FrameFailed(logger, e);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return Volatile.Read(ref closing) ?? GatewayEnd.Lost("connection lost: " + e.Message);
        }
        finally
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
            await closed.ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var frame = JsonSerializer.Deserialize(bytes.Span, DiscordJsonContext.Default.GatewayFrame)
            ?? throw new JsonException("A Gateway frame was null.");
        if (frame.S is int sequence)
        {
            session.Saw(sequence);
        }

        switch (frame.Op)
        {
            case GatewayOpCode.Hello:
                var hello = frame.D?.Deserialize(DiscordJsonContext.Default.HelloData) ?? throw new JsonException("Hello without data.");
                heartbeat = HeartbeatAsync(TimeSpan.FromMilliseconds(hello.HeartbeatInterval), cancellationToken);
                if (resuming && session.Resumable is { } resumable)
                {
                    await SendAsync(new GatewayCommand<ResumeData>(GatewayOpCode.Resume, new ResumeData(identify.Token, resumable.Id, resumable.Sequence)), DiscordJsonContext.Default.GatewayCommandResumeData, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await SendAsync(new GatewayCommand<IdentifyData>(GatewayOpCode.Identify, identify), DiscordJsonContext.Default.GatewayCommandIdentifyData, cancellationToken).ConfigureAwait(false);
                }

                break;
            case GatewayOpCode.HeartbeatAck:
                Volatile.Write(ref awaitingAck, 0);
                break;
            case GatewayOpCode.Heartbeat:
                await SendHeartbeatAsync(cancellationToken).ConfigureAwait(false);
                break;
            case GatewayOpCode.Reconnect:
                BeginClose(GatewayEnd.ReconnectRequested, (WebSocketCloseStatus)GatewayCloseCodes.Reconnecting);
                break;
            case GatewayOpCode.InvalidSession:
                var resumableSession = frame.D is { ValueKind: JsonValueKind.True };
                if (!resumableSession)
                {
                    session.Forget();
                }

                BeginClose(GatewayEnd.InvalidSession(resumableSession), resumableSession ? (WebSocketCloseStatus)GatewayCloseCodes.Reconnecting : WebSocketCloseStatus.NormalClosure);
                break;
            case GatewayOpCode.Dispatch when frame.T is { } name:
                if (name == "READY")
                {
                    var ready = frame.D?.Deserialize(DiscordJsonContext.Default.ReadyData) ?? throw new JsonException("READY without data.");
                    session.Ready(ready.SessionId, new Uri(ready.ResumeGatewayUrl));
                    ReachedReady = true;
                    Log.Ready(logger, ready.User.Id);
                }
                else if (name == "RESUMED")
                {
                    ReachedReady = true;
                    Log.Resumed(logger);
                }

                if (frame.D is { } data)
                {
                    dispatcher.Dispatch(name, data);
                }

                break;
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // Discord asks for the first beat after interval × a random fraction, so bots that reconnect together
            // do not beat together.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (Interlocked.Exchange(ref awaitingAck, 1) == 1)
                {
                    Log.AckMissed(logger);
                    BeginClose(GatewayEnd.Zombie, (WebSocketCloseStatus)GatewayCloseCodes.Reconnecting);
                    return;
                }

                await SendHeartbeatAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is ending; the receive loop reports why.
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendAsync(new HeartbeatCommand(session.Sequence), DiscordJsonContext.Default.HeartbeatCommand, cancellationToken);

    private async Task SendAsync<T>(T payload, JsonTypeInfo<T> type, CancellationToken cancellationToken)
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

    /// <summary>Starts the close handshake once; the receive loop ends when Discord answers, or the socket is dropped after <see cref="CloseTimeout"/>.</summary>
    private void BeginClose(GatewayEnd end, WebSocketCloseStatus code)
    {
        if (Interlocked.CompareExchange(ref closing, end, null) is not null)
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

    /// <summary>The next whole message, or null when a close frame arrived.</summary>
    private async Task<ReadOnlyMemory<byte>?> ReceiveAsync()
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxFrameBytes)
            {
                throw new WebSocketException(WebSocketError.InvalidMessageType, "A Gateway message exceeded " + MaxFrameBytes + " bytes.");
            }

            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
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
        lifetime.Dispose();
        sendLock.Dispose();
    }
}
