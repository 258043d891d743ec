using System.Security.Claims;
using System.Text.Encodings.Web;
using BriefBot.Authoring.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Authoring.Security;

/// <summary>
/// <c>Authorization: Bearer TOKEN</c> for scripts. A wrong token counts as a failed sign-in, so the API cannot be
/// used to guess tokens faster than the form.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthorTokens tokens,
    SignInThrottle throttle) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var client = SignInClient.Of(Context);
        if (throttle.RetryAfter(client) > TimeSpan.Zero)
        {
            return Task.FromResult(AuthenticateResult.Fail("Too many failed sign-ins."));
        }

        var author = header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? tokens.Find(header[Prefix.Length..].Trim()) : null;
        if (author is null)
        {
            throttle.Failed(client);
            return Task.FromResult(AuthenticateResult.Fail("No author has that token."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, author)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await ApiResults.Unauthorized(Context).ConfigureAwait(false);
    }
}
