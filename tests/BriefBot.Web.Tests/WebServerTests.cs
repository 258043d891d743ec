using System.Net;
using System.Net.Sockets;
using BriefBot.Core.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Web.Tests;

/// <summary>The shared web server on loopback: it serves what adapters register, and it is a way in that stops first.</summary>
public sealed class WebServerTests : IAsyncDisposable
{
    private readonly ConnectionBoard board = new([new ExpectedConnection(WebServer.ConnectionName)], TimeProvider.System);
    private readonly HttpClient http = new();
    private readonly WebServer server;

    public WebServerTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:0" }).Build();
        server = new WebServer([new EchoEndpoint()], configuration, board, NullLoggerFactory.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Serves_the_registered_endpoints_and_reports_it_listens()
    {
        await server.StartAsync(CancellationToken.None);

        using var response = await http.PostAsync(new Uri(server.Addresses[0], "/echo"), new StringContent("hello"));

        Assert.Equal("hello", await response.Content.ReadAsStringAsync());
        Assert.Equal(ConnectionState.Listening, board.Snapshot().Single(c => c.Name == WebServer.ConnectionName).State);
    }

    [Fact]
    public async Task Stops_listening_in_stopping_before_any_service_is_stopped()
    {
        await server.StartAsync(CancellationToken.None);
        var address = server.Addresses[0];

        await ((IHostedLifecycleService)server).StoppingAsync(CancellationToken.None);

        Assert.False(Listening(address));
        Assert.Equal(ConnectionState.Stopped, board.Snapshot().Single(c => c.Name == WebServer.ConnectionName).State);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_refusal_with_kestrels_status_not_an_exception()
    {
        await server.StartAsync(CancellationToken.None);

        using var response = await http.PostAsync(new Uri(server.Addresses[0], "/echo"), new ByteArrayContent(new byte[1_100_000]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static bool Listening(Uri address)
    {
        using var probe = new TcpClient();
        try
        {
            probe.Connect(address.Host, address.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Echoes the body it read through <see cref="RequestBody"/>, or answers with the status it was refused with.</summary>
    private sealed class EchoEndpoint : IHttpEndpoints
    {
        public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost("/echo", async context =>
        {
            var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
            if (body.Bytes is null)
            {
                context.Response.StatusCode = body.RefusedStatus;
                return;
            }

            await context.Response.Body.WriteAsync(body.Bytes, context.RequestAborted);
        });
    }
}
