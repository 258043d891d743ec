using System.Net.WebSockets;
using System.Text.Json;
using BriefBot.Slack.Api;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// Slack's Socket Mode: apps.connections.open with the app token, a WebSocket to the URL it returns, every envelope
/// acked with its envelope_id (a slash command's ack carries the reply). On disconnect (warning, refresh_requested)
/// a fresh URL is opened at once; a dropped socket is reopened after a backoff; link_disabled stops the client.
/// </summary>
internal sealed class SocketModeClient(SlackWebApi api, SocketEnvelopeHandler envelopes, TimeProvider time, ILogger<SocketModeClient> logger)
{
    /// <summary>A connection that stops answering pings is dropped and reopened rather than left looking healthy.</summary>
    internal static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    /// <summary>Runs until cancelled, or until Slack says Socket Mode cannot work for this app.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
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

    private async Task<(SessionEnd End, bool Greeted)> RunConnectionAsync(CancellationToken cancellationToken)
    {
        var opened = await api.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (!opened.Ok || !Uri.TryCreate(opened.Url, UriKind.Absolute, out var url))
        {
            if (opened.IsAuthError)
            {
                Log.AppTokenRejected(logger, opened.Error ?? "unknown");
                return (SessionEnd.Stop, false);
            }

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
            Log.ConnectFailed(logger, e);
            return (SessionEnd.Dropped, false);
        }

        var greeted = false;
        var acks = new List<Task>();
        try
        {
            while (true)
            {
                var frame = await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                if (frame is null)
                {
                    Log.Dropped(logger, null);
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
                        break;
                    case "disconnect" when envelope.Reason == "link_disabled":
                        Log.LinkDisabled(logger);
                        await connection.CloseAsync(cancellationToken).ConfigureAwait(false);
                        return (SessionEnd.Stop, greeted);
                    case "disconnect":
                        Log.Refresh(logger, envelope.Reason ?? "?");
                        await connection.CloseAsync(cancellationToken).ConfigureAwait(false);
                        return (SessionEnd.Refresh, greeted);
                    case "slash_commands":
                        // Answering may take a while; other envelopes must not wait behind it for their acks.
                        acks.RemoveAll(t => t.IsCompleted);
                        acks.Add(envelopes.HandleAsync(connection, envelope, cancellationToken));
                        break;
                    default:
                        await envelopes.HandleAsync(connection, envelope, cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException)
        {
            Log.Dropped(logger, e);
            return (SessionEnd.Dropped, greeted);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: still say goodbye, within the close timeout.
            await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            return (SessionEnd.Stop, greeted);
        }
        finally
        {
            await Task.WhenAll(acks).ConfigureAwait(false);
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
            Log.Unreadable(logger, e);
            return null;
        }
    }
}
