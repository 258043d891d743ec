using BriefBot.Authoring.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Authoring.Security;

/// <summary>Authentication, authorisation and antiforgery for the console, in the web server's container.</summary>
public static class AuthoringSecurity
{
    public static readonly TimeSpan SessionLength = TimeSpan.FromHours(8);

    public static void AddTo(IServiceCollection services, AuthorTokens tokens, SignInThrottle throttle, TimeProvider time)
    {
        services.AddSingleton(tokens);
        services.AddSingleton(throttle);
        // Keys in memory: nothing is written to disk, and a restart only means signing in again. Scripts and
        // several replicas behind one address use the bearer token, which every replica accepts.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAuthentication(AuthorSchemes.Author)
            .AddPolicyScheme(AuthorSchemes.Author, "Author", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? AuthorSchemes.Bearer : AuthorSchemes.Cookie)
            .AddCookie(AuthorSchemes.Cookie, o =>
            {
                o.Cookie.Name = AuthorSchemes.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.Path = AuthoringPaths.Root;
                o.ExpireTimeSpan = SessionLength;
                o.SlidingExpiration = true;
                o.LoginPath = AuthoringPaths.SignIn;
                o.TimeProvider = time;
                o.Events.OnRedirectToLogin = context => AuthoringPaths.IsApi(context.Request.Path)
                    ? ApiResults.Unauthorized(context.HttpContext)
                    : Redirect(context);
                o.Events.OnRedirectToAccessDenied = context => AuthoringPaths.IsApi(context.Request.Path)
                    ? ApiResults.Unauthorized(context.HttpContext)
                    : Redirect(context);
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(AuthorSchemes.Bearer, o => o.TimeProvider = time);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorSchemes.Policy, p => p.AddAuthenticationSchemes(AuthorSchemes.Author).RequireAuthenticatedUser());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AuthorSchemes.AntiforgeryCookieName;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = AuthoringPaths.Root;
            o.FormFieldName = AuthorSchemes.AntiforgeryField;
        });
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
