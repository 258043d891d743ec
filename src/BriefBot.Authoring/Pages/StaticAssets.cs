using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BriefBot.Authoring.Pages;

/// <summary>The stylesheet, read once from the assembly: no CDN, no file beside the binary.</summary>
public static class StaticAssets
{
    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("BriefBot.Authoring.authoring.css")
            ?? throw new InvalidOperationException("The console's stylesheet is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuthoringPaths.Static + "/authoring.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
        }).AllowAnonymous();
    }
}
