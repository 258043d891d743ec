namespace BriefBot.Authoring.Security;

/// <summary>The authentication schemes of the console: a sign-in cookie for the pages, a bearer token for scripts.</summary>
public static class AuthorSchemes
{
    /// <summary>Picks <see cref="Bearer"/> when the request carries an Authorization header, else <see cref="Cookie"/>.</summary>
    public const string Author = "BriefBot.Author";
    public const string Cookie = "BriefBot.Author.Cookie";
    public const string Bearer = "BriefBot.Author.Bearer";
    public const string Policy = "BriefBot.Author";

    public const string CookieName = "briefbot-author";
    public const string AntiforgeryCookieName = "briefbot-antiforgery";
    public const string AntiforgeryField = "__antiforgery";
}
