using System.Text;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>Discord's REST API on loopback: records every call, answers like Discord by default, or as a test scripted.</summary>
public sealed class FakeRest(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly List<(string Method, string PathStart, Queue<FakeResponse> Responses)> scripts = [];
    private readonly List<(string Method, string PathStart, Task Release)> holds = [];
    private int messageIds = 1000;

    public string GatewayUrl { get; set; } = "";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Where(string method, string pathStart) => [.. Requests.Where(r => r.Is(method, pathStart))];

    /// <summary>The next calls matching method and path start get these responses, in order; later ones the default.</summary>
    public void Enqueue(string method, string pathStart, params FakeResponse[] responses)
    {
        lock (gate)
        {
            scripts.Add((method, pathStart, new Queue<FakeResponse>(responses)));
        }
    }

    /// <summary>A slow Discord: calls matching method and path start are recorded at once but answered only once <paramref name="release"/> completes.</summary>
    public void Hold(string method, string pathStart, Task release)
    {
        lock (gate)
        {
            holds.Add((method, pathStart, release));
        }
    }

    public async Task<RecordedRequest> WaitForAsync(string method, string pathStart, int count = 1)
    {
        await Wait.UntilAsync(() => Where(method, pathStart).Count >= count, $"{count} × {method} {pathStart}").ConfigureAwait(false);
        return Where(method, pathStart)[count - 1];
    }

    internal async Task HandleAsync(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, path, headers, body, time.GetUtcNow());
        FakeResponse? scripted = null;
        Task? held = null;
        lock (gate)
        {
            requests.Add(request);
            held = holds.FirstOrDefault(h => request.Is(h.Method, h.PathStart)).Release;
            foreach (var (method, pathStart, responses) in scripts)
            {
                if (request.Is(method, pathStart) && responses.Count > 0)
                {
                    scripted = responses.Dequeue();
                    break;
                }
            }
        }

        if (held is not null)
        {
            try
            {
                await held.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The bot gave up on the call.
                return;
            }
        }

        var response = scripted ?? Default(request);
        if (response.Status == FakeResponse.Dropped)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    private FakeResponse Default(RecordedRequest request) => request switch
    {
        { Method: "GET", Path: "gateway/bot" } => new(200, $$$"""{"url":"{{{GatewayUrl}}}","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}"""),
        { Method: "POST" } when request.Path.EndsWith("/messages", StringComparison.Ordinal) => new(200, $$"""{"id":"{{Interlocked.Increment(ref messageIds)}}"}"""),
        { Method: "PUT" } when request.Path.StartsWith("applications/", StringComparison.Ordinal) => new(200, request.Body),
        { Method: "POST" } when request.Path.StartsWith("interactions/", StringComparison.Ordinal) => new(204),
        { Method: "POST" or "PATCH" } when request.Path.StartsWith("webhooks/", StringComparison.Ordinal) => new(200, $$"""{"id":"{{Interlocked.Increment(ref messageIds)}}"}"""),
        _ => new(404, """{"message":"404: Not Found","code":0}"""),
    };
}
