using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BriefBot.Core.Tests.Knowledge.Urls;

/// <summary>
/// A real HTTP server on loopback that serves pages the test sets, answers <c>If-None-Match</c> with 304 the way a
/// web server does, and records each request's conditional headers.
/// </summary>
internal sealed class LoopbackSite : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, Task>> routes = new(StringComparer.Ordinal);
    private readonly Task serving;

    public LoopbackSite()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Every request as "path If-None-Match", in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public string Url(string path) => BaseUrl + path;

    public void Page(string path, string html, string etag) => routes[path] = async context =>
    {
        if (context.Request.Headers["If-None-Match"] == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.Headers["ETag"] = etag;
        context.Response.ContentType = "text/html; charset=utf-8";
        var body = Encoding.UTF8.GetBytes(html);
        await context.Response.OutputStream.WriteAsync(body);
    };

    public void Status(string path, int status) => routes[path] = context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    public void Handle(string path, Func<HttpListenerContext, Task> handler) => routes[path] = handler;

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        await serving;
        listener.Close();
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                var path = context.Request.Url!.AbsolutePath.TrimStart('/');
                Requests.Enqueue($"{path} {context.Request.Headers["If-None-Match"]}".TrimEnd());
                try
                {
                    await (routes.TryGetValue(path, out var route) ? route(context) : NotFound(context));
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    // The client gave up (a timeout test): nothing to answer.
                }
            });
        }
    }

    private static Task NotFound(HttpListenerContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
