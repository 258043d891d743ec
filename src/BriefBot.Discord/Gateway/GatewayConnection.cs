using System.Net.WebSockets;
using System.Text.Json;
using BriefBot.Discord.Payloads;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// One Gateway connection, from connect to close: Hello, then Identify or Resume, heartbeats, and every frame handed
/// on. Returns why it ended; <see cref="GatewayClient"/> decides how to go on.
/// </summary>
internal sealed class GatewayConnection(
    GatewaySession session,
    GatewayDispatcher dispatcher,
    GatewayStatus status,
    IdentifyData identify,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private readonly GatewaySocket socket = new(time);
    private readonly CancellationTokenSource lifetime = new();
    private GatewayEnd? closing;
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
        // A cancelled receive would abort the socket; a stop instead closes it with 1000, which ends the session.
        using var stopping = stoppingToken.Register(() => BeginClose(GatewayEnd.Stopped, WebSocketCloseStatus.NormalClosure));
        try
        {
            while (true)
            {
                var frame = await socket.ReceiveAsync(CancellationToken.None).ConfigureAwait(false);
                if (frame is null)
                {
                    return Volatile.Read(ref closing) ?? GatewayEnd.ClosedByDiscord(socket.CloseStatus, socket.CloseStatusDescription);
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
                await IdentifyOrResumeAsync(cancellationToken).ConfigureAwait(false);
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
                var resumable = frame.D is { ValueKind: JsonValueKind.True };
                if (!resumable)
                {
                    session.Forget();
                }

                BeginClose(GatewayEnd.InvalidSession(resumable), resumable ? (WebSocketCloseStatus)GatewayCloseCodes.Reconnecting : WebSocketCloseStatus.NormalClosure);
                break;
            case GatewayOpCode.Dispatch when frame.T is { } name:
                if (name == "READY")
                {
                    var ready = frame.D?.Deserialize(DiscordJsonContext.Default.ReadyData) ?? throw new JsonException("READY without data.");
                    session.Ready(ready.SessionId, new Uri(ready.ResumeGatewayUrl));
                    ReachedReady = true;
                    status.Ready("session ready");
                    Log.Ready(logger, ready.User.Id);
                }
                else if (name == "RESUMED")
                {
                    ReachedReady = true;
                    status.Ready("session resumed");
                    Log.Resumed(logger);
                }

                if (frame.D is { } data)
                {
                    await dispatcher.DispatchAsync(name, data, cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }

    private Task IdentifyOrResumeAsync(CancellationToken cancellationToken)
    {
        if (resuming && session.Resumable is { } resumable)
        {
            var resume = new GatewayCommand<ResumeData>(GatewayOpCode.Resume, new ResumeData(identify.Token, resumable.Id, resumable.Sequence));
            return socket.SendAsync(resume, DiscordJsonContext.Default.GatewayCommandResumeData, cancellationToken);
        }

        return socket.SendAsync(new GatewayCommand<IdentifyData>(GatewayOpCode.Identify, identify), DiscordJsonContext.Default.GatewayCommandIdentifyData, cancellationToken);
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
        socket.SendAsync(new HeartbeatCommand(session.Sequence), DiscordJsonContext.Default.HeartbeatCommand, cancellationToken);

    /// <summary>Records why the connection ends (the first reason wins) and starts closing it.</summary>
    private void BeginClose(GatewayEnd end, WebSocketCloseStatus code)
    {
        if (Interlocked.CompareExchange(ref closing, end, null) is null)
        {
            socket.BeginClose(code);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await socket.DisposeAsync().ConfigureAwait(false);
        lifetime.Dispose();
    }
}
