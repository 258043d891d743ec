using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Authoring.Pages;

/// <summary>What every page needs of its request: the signed-in author and a fresh antiforgery field for its forms.</summary>
public sealed class PageContext(HttpContext http)
{
    private Html? antiforgery;

    public HttpContext Http { get; } = http;

    public string Author => Http.User.FindFirstValue(ClaimTypes.Name) ?? "";

    /// <summary>The hidden field every form posts, so a post from another site is refused.</summary>
    public Html Antiforgery
    {
        get
        {
            if (antiforgery is null)
            {
                var tokens = Http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(Http);
                antiforgery = Html.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
            }

            return antiforgery.Value;
        }
    }
}
