using BriefBot.Core.Operations;
using System.Net.WebSockets;
using System.Text.Json;
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
    SocketModeStatus status,
    TimeProvider time,
    ILogger<SocketModeClient> logger)
{
    /// <summary>A connection that stops answering pings is dropped and reopened rather than left looking healthy.</summary>
    internal static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

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
                    var delay = Backoff.Reconnect.After(++failures);
                    Log.Reconnecting(logger, delay.TotalSeconds);
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested)
            {
                status.Stopped();
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
                status.Failed("Slack refused Slack:AppToken (" + opened.Error + ")");
                return (SessionEnd.Stop, false);
            }

            status.Down("apps.connections.open failed (" + (opened.Error ?? "no url") + ")");
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
            status.SocketFailed("could not open the socket");
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
                    // The envelopes in hand get their acks (a slash command's within its deadline) before the close
                    // frame tells Slack to send anything else, unacked, to another connection.
                    await Task.WhenAll(acks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    await connection.SayGoodbyeAsync(receiving, drop.Token).ConfigureAwait(false);
                    Log.SocketClosed(logger);
                    return (SessionEnd.Stop, greeted);
                }

                var frame = await receiving.ConfigureAwait(false);
                var arrived = time.GetTimestamp();
                if (frame is null)
                {
                    Log.Dropped(logger, null);
                    status.SocketFailed("Slack closed the socket");
                    return (SessionEnd.Dropped, greeted);
                }

                var envelope = Parse(frame);
                switch (envelope?.Type)
                {
                    case null:
                        break;
                    case "hello":
                        greeted = true;
                        Log.SocketConnected(logger);
                        status.Connected();
                        break;
                    case "disconnect" when envelope.Reason == "link_disabled":
                        Log.LinkDisabled(logger);
                        status.Failed("Socket Mode is turned off for the app (link_disabled)");
                        await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
                        return (SessionEnd.Stop, greeted);
                    case "disconnect":
                        Log.Refresh(logger, envelope.Reason ?? "?");
                        status.Down("Slack asked for a new connection (" + (envelope.Reason ?? "?") + ")");
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
            status.SocketFailed("the socket dropped");
            return (SessionEnd.Dropped, greeted);
        }
        finally
        {
            await drop.CancelAsync().ConfigureAwait(false);
            // Each ack logged its own failure; a cancelled one must not end the reconnect loop.
            await Task.WhenAll(acks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private SocketEnvelope? Parse(string frame)
    {
        try
        {
            return JsonSerializer.Deserialize(frame, SlackJson.Default.SocketEnvelope);
        }
        catch (JsonException e)
        {
            // The parser's message quotes the frame, which can hold a question.
            Log.Unreadable(logger, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            return null;
        }
    }
}
