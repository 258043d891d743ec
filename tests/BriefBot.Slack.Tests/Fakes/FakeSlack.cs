using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>
/// Slack on loopback, speaking the wire protocol: the Web API (<c>/api/{method}</c>), response_url posts
/// (<c>/response/{id}</c>) and Socket Mode WebSockets (<c>/socket</c>). It records every call and answers like Slack:
/// ok:true by default, or what a test scripted (429 with Retry-After, ok:false, 5xx).
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    public const string BotUserId = "UBOT";
    public const string BotId = "BBOT";

    /// <summary>The secret part of the Socket Mode URL, which must never be logged.</summary>
    public const string SocketTicket = "fake-ticket-5e3f9a";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<ApiCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> scripts = new();
    private readonly Channel<FakeSocketSession> sessions = Channel.CreateUnbounded<FakeSocketSession>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> holds = new();
    private int posted;

    private FakeSlack(WebApplication app) => this.app = app;

    public Uri BaseUri { get; private set; } = null!;

    public Uri ApiBase => new(BaseUri, "/api/");

    public IReadOnlyList<ApiCall> Calls => [.. calls];

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var slack = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (Delegate)slack.ApiAsync);
        app.MapPost("/response/{id}", (Delegate)slack.ResponseUrlAsync);
        app.Map("/socket", (Delegate)slack.SocketAsync);
        await app.StartAsync();
        slack.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return slack;
    }

    public string ResponseUrl(string id) => new Uri(BaseUri, "/response/" + id).ToString();

    public IReadOnlyList<ApiCall> CallsTo(string method) => [.. calls.Where(c => c.Method == method)];

    /// <summary>The next answers to <paramref name="method"/>, in order; after them the default ok:true answer.</summary>
    public void Script(string method, params FakeResponse[] responses)
    {
        var queue = scripts.GetOrAdd(method, _ => new ConcurrentQueue<FakeResponse>());
        foreach (var response in responses)
        {
            queue.Enqueue(response);
        }
    }

    /// <summary>The next answers to <paramref name="method"/> posting in <paramref name="channel"/>, ahead of any scripted for the method alone.</summary>
    public void Script(string method, string channel, params FakeResponse[] responses) => Script(method + "@" + channel, responses);

    /// <summary>
    /// Holds every call to <paramref name="method"/> (recorded at once, answered only later) until <see cref="Release"/>:
    /// a slow Slack, for replies in flight.
    /// </summary>
    public void Hold(string method) => holds.TryAdd(method, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release(string method)
    {
        if (holds.TryRemove(method, out var hold))
        {
            hold.TrySetResult();
        }
    }

    /// <summary>The next Socket Mode connection a client opens.</summary>
    public async Task<FakeSocketSession> NextSessionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await sessions.Reader.ReadAsync(cts.Token);
    }

    /// <summary>
    /// The next session, once the client's reconnect backoff on the fake clock has passed. The clock is advanced a step
    /// at a time until the client connects, because the client may not have started its delay yet when the test first
    /// advances, and an advance made before a timer exists never fires it.
    /// </summary>
    public async Task<FakeSocketSession> NextSessionAfterBackoffAsync(FakeTimeProvider time, TimeSpan step)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var next = sessions.Reader.ReadAsync(cts.Token).AsTask();
        while (!next.IsCompleted)
        {
            time.Advance(step);
            await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(25), CancellationToken.None));
        }

        return await next;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var method in holds.Keys)
        {
            Release(method);
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    private Task ApiAsync(HttpContext context, string method) => AnswerAsync(context, method);

    private Task ResponseUrlAsync(HttpContext context) => AnswerAsync(context, "response_url");

    /// <summary>Records the call, waits while it is held, then answers what was scripted or else the default.</summary>
    private async Task AnswerAsync(HttpContext context, string method)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        calls.Enqueue(new ApiCall(method, context.Request.Headers.Authorization.ToString(), body));
        await HeldAsync(method, context.RequestAborted);
        await WriteAsync(context, (ChannelOf(body) is { } channel ? Next(method + "@" + channel) : null) ?? Next(method) ?? Default(method));
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var session = new FakeSocketSession(await context.WebSockets.AcceptWebSocketAsync());
        sessions.Writer.TryWrite(session);
        await session.PumpAsync();
    }

    private async Task HeldAsync(string method, CancellationToken aborted)
    {
        if (holds.TryGetValue(method, out var hold))
        {
            await hold.Task.WaitAsync(aborted);
        }
    }

    private static string? ChannelOf(string body)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(body)?["channel"]?.GetValue<string>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private FakeResponse? Next(string method) =>
        scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var response) ? response : null;

    private FakeResponse Default(string method) => method switch
    {
        "auth.test" => FakeResponse.Ok($$"""{"ok":true,"url":"https://test.slack.com/","team":"Test Team","team_id":"T1","user":"briefbot","user_id":"{{BotUserId}}","bot_id":"{{BotId}}"}"""),
        "apps.connections.open" => FakeResponse.Ok($$"""{"ok":true,"url":"ws://{{BaseUri.Authority}}/socket?ticket={{SocketTicket}}&app_id=A1"}"""),
        "response_url" => FakeResponse.Ok("""{"ok":true}"""),
        "chat.postMessage" => FakeResponse.Ok(string.Create(CultureInfo.InvariantCulture, $$"""{"ok":true,"channel":"C1","ts":"1700000001.{{Interlocked.Increment(ref posted):D6}}"}""")),
        _ => FakeResponse.Error("unknown_method"),
    };

    private static async Task WriteAsync(HttpContext context, FakeResponse response)
    {
        context.Response.StatusCode = response.Status;
        if (response.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(response.Body);
    }
}
