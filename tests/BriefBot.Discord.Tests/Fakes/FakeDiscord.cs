using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>Discord on loopback: the REST API under /api/v10/, the Gateway at /gateway and the resume URL at /resume.</summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeDiscord(WebApplication app, FakeRest rest, FakeGateway gateway, Uri address)
    {
        this.app = app;
        Rest = rest;
        Gateway = gateway;
        Address = address;
        rest.GatewayUrl = GatewayUrl;
    }

    public FakeRest Rest { get; }

    public FakeGateway Gateway { get; }

    public Uri Address { get; }

    public string ApiBase => new Uri(Address, "api/v10/").ToString();

    public string GatewayUrl => $"ws://{Address.Authority}/gateway";

    public string ResumeUrl => $"ws://{Address.Authority}/resume";

    public static async Task<FakeDiscord> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var rest = new FakeRest(time);
        var gateway = new FakeGateway();
        app.UseWebSockets();
        app.Map("/gateway", (RequestDelegate)(context => gateway.AcceptAsync(context, "/gateway")));
        app.Map("/resume", (RequestDelegate)(context => gateway.AcceptAsync(context, "/resume")));
        app.Map("/api/v10/{**path}", (RequestDelegate)(context => rest.HandleAsync(context, (string)context.Request.RouteValues["path"]!)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeDiscord(app, rest, gateway, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
