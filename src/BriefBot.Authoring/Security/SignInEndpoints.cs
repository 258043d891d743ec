using System.Globalization;
using System.Security.Claims;
using BriefBot.Authoring.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace BriefBot.Authoring.Security;

/// <summary>The sign-in form (open to all), the sign-in post (rate-limited), and sign-out.</summary>
public sealed class SignInEndpoints(AuthorTokens tokens, SignInThrottle throttle, ILogger<SignInEndpoints> logger)
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuthoringPaths.SignIn, (HttpContext context, string? returnUrl) =>
            SignInForm(new PageContext(context), null, returnUrl, StatusCodes.Status200OK)).AllowAnonymous();
        endpoints.MapPost(AuthoringPaths.SignIn, SignInAsync).AllowAnonymous();
        endpoints.MapPost(AuthoringPaths.SignOut, SignOutAsync);
    }

    private async Task<IResult> SignInAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (form, refused) = await Forms.ReadAsync(context, logger).ConfigureAwait(false);
        if (form is null)
        {
            return refused!;
        }

        var page = new PageContext(context);
        var returnUrl = form["returnUrl"].ToString();
        var client = SignInClient.Of(context);
        var wait = throttle.RetryAfter(client);
        if (wait > TimeSpan.Zero)
        {
            Log.SignInThrottled(logger, wait);
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return SignInForm(page, "Too many failed sign-ins from here. Wait a few minutes and try again.", returnUrl, StatusCodes.Status429TooManyRequests);
        }

        var author = tokens.Find(form["token"].ToString());
        if (author is null)
        {
            throttle.Failed(client);
            Log.SignInRefused(logger);
            return SignInForm(page, "That is not an author's token.", returnUrl, StatusCodes.Status401Unauthorized);
        }

        throttle.Succeeded(client);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, author)], AuthorSchemes.Cookie);
        await context.SignInAsync(AuthorSchemes.Cookie, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false }).ConfigureAwait(false);
        Log.SignedIn(logger, author);
        // Only a path of the console itself: anything else would make the form an open redirect.
        var target = returnUrl.StartsWith(AuthoringPaths.Root + "/", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : AuthoringPaths.Knowledge;
        return Forms.SeeOther(target);
    }

    private async Task<IResult> SignOutAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (form, refused) = await Forms.ReadAsync(context, logger).ConfigureAwait(false);
        if (form is null)
        {
            return refused!;
        }

        var author = new PageContext(context).Author;
        await context.SignOutAsync(AuthorSchemes.Cookie).ConfigureAwait(false);
        Log.SignedOut(logger, author);
        return Forms.SeeOther(AuthoringPaths.SignIn);
    }

    private static IResult SignInForm(PageContext page, string? error, string? returnUrl, int status) =>
        Layout.Document("Sign in", Html.Of($"<header><p class=\"brand\">BriefBot authoring</p></header>"), SignInPage.Body(page, error, returnUrl), status);
}
