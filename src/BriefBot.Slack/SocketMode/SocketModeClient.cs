using System.Net.WebSockets;
using System.Text.Json;
using BriefBot.Core.Operations;
using BriefBot.Slack.Api;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// Slack's Socket Mode: apps.connections.open with the app token, a WebSocket to the URL it returns, every envelope
/// acked with its envelope_id (a slash command's ack carries the reply). On disconnect (warning, refresh_requested)
/// a fresh URL is opened at once; a dropped socket is reopened after a backoff; link_disabled stops the client.
/// Its state is reported as <see cref="SlackConnections.SocketMode"/>.
/// </summary>
internal sealed class SocketModeClient(
    SlackWebApi api,
    SocketEnvelopeHandler envelopes,
    ConnectionBoard board,
    BriefBotMetrics metrics,
    TimeProvider time,
    ILogger<SocketModeClient> logger)
{
    /// <summary>A connection that stops answering pings is dropped and reopened rather than left looking healthy.</summary>
    internal static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    private bool everConnected;

    /// <summary>Runs until cancelled (then closes the socket cleanly), or until Slack says Socket Mode cannot work for this app.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var failures = 0;
            while (!cancellationToken.IsCancellationRequested)
            {
                var (end, greeted) = await RunConnectionAsync(cancellationToken).ConfigureAwait(false);
                if (end == SessionEnd.Stop)
                {
                    return;
                }

                // A connection that got as far as hello was healthy: backoff starts over. One that never did waits,
                // even when Slack asked for the reconnect, so a misbehaving link cannot spin apps.connections.open.
                failures = greeted ? 0 : failures;
                if ((end == SessionEnd.Dropped || !greeted) && !cancellationToken.IsCancellationRequested)
                {
                    var delay = Backoff.After(++failures);
                    Log.Reconnecting(logger, delay.TotalSeconds);
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested)
            {
                board.Report(SlackConnections.SocketMode, ConnectionState.Stopped);
            }
        }
    }

    private async Task<(SessionEnd End, bool Greeted)> RunConnectionAsync(CancellationToken cancellationToken)
    {
        var opened = await api.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (!opened.Ok || !Uri.TryCreate(opened.Url, UriKind.Absolute, out var url))
        {
            if (opened.IsAuthError)
            {
                Log.AppTokenRejected(logger, opened.Error ?? "unknown");
                board.Report(SlackConnections.SocketMode, ConnectionState.Failed, "Slack refused Slack:AppToken (" + opened.Error + ")");
                return (SessionEnd.Stop, false);
            }

            Down("apps.connections.open failed (" + (opened.Error ?? "no url") + ")");
            return (SessionEnd.Dropped, false);
        }

        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = KeepAlive;
        socket.Options.KeepAliveTimeout = KeepAlive;
        using var connection = new SocketModeConnection(socket, time);
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException)
        {
            // Logged without the URL: its ticket query lets anyone holding it receive this app's events.
            Log.ConnectFailed(logger, e.GetType().Name);
            metrics.PlatformError(SlackChatAdapter.PlatformName, ErrorKind.Socket);
            Down("could not open the socket");
            return (SessionEnd.Dropped, false);
        }

        return await ListenAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(SessionEnd End, bool Greeted)> ListenAsync(SocketModeConnection connection, CancellationToken cancellationToken)
    {
        var greeted = false;
        var acks = new List<Task>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStop = cancellationToken.Register(() => stopping.TrySetResult());

        // Cancelling a WebSocket receive or send aborts the socket, with no close frame. So the host's stopping token
        // never reaches them; this one fires only when the socket is being dropped anyway.
        using var drop = new CancellationTokenSource();
        try
        {
            while (true)
            {
                var receiving = connection.ReceiveAsync(drop.Token);
                if (await Task.WhenAny(receiving, stopping.Task).ConfigureAwait(false) == stopping.Task)
                {
                    await SayGoodbyeAsync(connection, receiving, acks).ConfigureAwait(false);
                    return (SessionEnd.Stop, greeted);
                }

                var frame = await receiving.ConfigureAwait(false);
                var arrived = time.GetTimestamp();
                if (frame is null)
                {
                    Log.Dropped(logger, null);
                    SocketFailed("Slack closed the socket");
                    return (SessionEnd.Dropped, greeted);
                }

                var envelope = Parse(frame);
                switch (envelope?.Type)
                {
                    case null:
                        break;
                    case "hello":
                        greeted = everConnected = true;
                        Log.SocketConnected(logger);
                        board.Report(SlackConnections.SocketMode, ConnectionState.Connected);
                        break;
                    case "disconnect" when envelope.Reason == "link_disabled":
                        Log.LinkDisabled(logger);
                        board.Report(SlackConnections.SocketMode, ConnectionState.Failed, "Socket Mode is turned off for the app (link_disabled)");
                        await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
                        return (SessionEnd.Stop, greeted);
                    case "disconnect":
                        Log.Refresh(logger, envelope.Reason ?? "?");
                        Down("Slack asked for a new connection (" + (envelope.Reason ?? "?") + ")");
                        await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
                        return (SessionEnd.Refresh, greeted);
                    case "slash_commands":
                        // Answering may take a while; other envelopes must not wait behind it for their acks.
                        acks.RemoveAll(t => t.IsCompleted);
                        acks.Add(envelopes.HandleAsync(connection, envelope, arrived, drop.Token));
                        break;
                    default:
                        await envelopes.HandleAsync(connection, envelope, arrived, drop.Token).ConfigureAwait(false);
                        break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException)
        {
            Log.Dropped(logger, e);
            SocketFailed("the socket dropped");
            return (SessionEnd.Dropped, greeted);
        }
        finally
        {
            await drop.CancelAsync().ConfigureAwait(false);
            // Each ack logged its own failure; a cancelled one must not end the reconnect loop.
            await Task.WhenAll(acks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// Shutdown: the envelopes in hand get their acks (a slash command's within its deadline), then a close frame
    /// tells Slack this connection takes nothing more, so it redelivers anything unacked to another connection.
    /// Frames that still arrive before Slack's own close frame are left unacked for that reason.
    /// </summary>
    private async Task SayGoodbyeAsync(SocketModeConnection connection, Task<string?> receiving, List<Task> acks)
    {
        await Task.WhenAll(acks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            while (await receiving.WaitAsync(SocketModeConnection.CloseTimeout, time).ConfigureAwait(false) is not null)
            {
                receiving = connection.ReceiveAsync(CancellationToken.None);
            }
        }
        catch (Exception e) when (e is TimeoutException or WebSocketException or IOException)
        {
            // Slack did not finish the close handshake in time: disposing the connection drops the socket.
        }

        Log.SocketClosed(logger);
    }

    private void SocketFailed(string detail)
    {
        metrics.PlatformError(SlackChatAdapter.PlatformName, ErrorKind.Socket);
        Down(detail);
    }

    /// <summary>Down and being retried: Reconnecting once it had been up, still Starting if it never was.</summary>
    private void Down(string detail) =>
        board.Report(SlackConnections.SocketMode, everConnected ? ConnectionState.Reconnecting : ConnectionState.Starting, detail + "; reconnecting");

    private SocketEnvelope? Parse(string frame)
    {
        try
        {
            return JsonSerializer.Deserialize(frame, SlackJson.Default.SocketEnvelope);
        }
        catch (JsonException e)
        {
            Log.Unreadable(logger, e);
            return null;
        }
    }
}
