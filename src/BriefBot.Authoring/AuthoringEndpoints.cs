using BriefBot.Authoring.Api;
using BriefBot.Authoring.Pages;
using BriefBot.Authoring.Security;
using BriefBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Authoring;

/// <summary>
/// The console on the shared web server: every route under <c>/authoring</c> needs a signed-in author except the
/// sign-in form and the stylesheet. Every response forbids scripts, framing and caching by others.
/// </summary>
public sealed class AuthoringEndpoints(
    AuthorTokens tokens,
    SignInThrottle throttle,
    TimeProvider time,
    SignInEndpoints signIn,
    PageEndpoints pages,
    ApiEndpoints api) : IHttpEndpoints
{
    // No script may run at all: the console has none, so injected markup could do nothing even if it got through.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public void ConfigureServices(IServiceCollection services) => AuthoringSecurity.AddTo(services, tokens, throttle, time);

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var console = endpoints.MapGroup("")
            .RequireAuthorization(AuthorSchemes.Policy)
            .AddEndpointFilter(async (context, next) =>
            {
                var headers = context.HttpContext.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (!context.HttpContext.Request.Path.StartsWithSegments(AuthoringPaths.Static, StringComparison.Ordinal))
                {
                    headers.CacheControl = "no-store";
                }

                return await next(context).ConfigureAwait(false);
            });
        StaticAssets.Map(console);
        signIn.Map(console);
        pages.Map(console);
        api.Map(console);
    }
}
