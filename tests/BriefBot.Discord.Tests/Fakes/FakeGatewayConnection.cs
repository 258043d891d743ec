using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>
/// One Gateway connection as Discord's side sees it. The test sends Hello, READY, dispatches, op 7, op 9 or a close
/// code, and reads what the bot sent. Heartbeats are ACKed unless <see cref="AutoAck"/> is off; a close from the
/// bot is answered, as Discord does.
/// </summary>
public sealed class FakeGatewayConnection(WebSocket socket, string path, string query, string userAgent = "")
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly Channel<JsonElement> received = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> all = [];
    private readonly TaskCompletionSource<int?> closedByBot = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Path => path;

    public string Query => query;

    /// <summary>The User-Agent header of the WebSocket upgrade.</summary>
    public string UserAgent => userAgent;

    private volatile bool autoAck = true;
    private volatile bool frozen;

    public bool AutoAck { get => autoAck; set => autoAck = value; }

    /// <summary>The close code the bot sent, once it closed.</summary>
    public Task<int?> ClosedByBot => closedByBot.Task;

    public IReadOnlyList<JsonElement> Frames
    {
        get
        {
            lock (all)
            {
                return [.. all];
            }
        }
    }

    /// <summary>
    /// From now on the connection is dead but open: nothing is answered, not even a close, and after the read already
    /// pending (whose frame is not ACKed either) nothing more is read.
    /// </summary>
    public void Freeze()
    {
        autoAck = false;
        frozen = true;
    }

    public int Count(int op) => Frames.Count(f => f.GetProperty("op").GetInt32() == op);

    public Task SendHelloAsync(int heartbeatInterval = 45_000) =>
        SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatInterval } });

    public Task SendReadyAsync(int sequence, string resumeUrl, string sessionId = "session-1", string botId = DiscordTestHost.BotId) =>
        DispatchAsync("READY", sequence, new
        {
            v = 10,
            user = new { id = botId, username = "BriefBot", bot = true },
            session_id = sessionId,
            resume_gateway_url = resumeUrl,
            guilds = Array.Empty<object>(),
            application = new { id = DiscordTestHost.ApplicationId },
        });

    public Task DispatchAsync(string type, int sequence, object data) => SendAsync(new { op = 0, s = sequence, t = type, d = data });

    public async Task SendAsync(object payload)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason = "")
    {
        await sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>The next frame with this opcode; frames with other opcodes before it are skipped (still in <see cref="Frames"/>).</summary>
    public async Task<JsonElement> ExpectAsync(int op)
    {
        using var timeout = new CancellationTokenSource(Wait.RealLimit);
        while (true)
        {
            var frame = await received.Reader.ReadAsync(timeout.Token);
            if (frame.GetProperty("op").GetInt32() == op)
            {
                return frame;
            }
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    if (frozen)
                    {
                        await Task.Delay(Timeout.Infinite, cancellationToken);
                    }

                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    closedByBot.TrySetResult((int?)result.CloseStatus);
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await CloseAsync((int)(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure));
                    }

                    return;
                }

                var frame = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement;
                lock (all)
                {
                    all.Add(frame);
                }

                received.Writer.TryWrite(frame);
                if (frame.GetProperty("op").GetInt32() == 1 && AutoAck)
                {
                    await SendAsync(new { op = 11 });
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            closedByBot.TrySetResult(null);
        }
    }
}
