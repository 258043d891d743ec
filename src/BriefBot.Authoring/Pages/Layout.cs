using Microsoft.AspNetCore.Http;

namespace BriefBot.Authoring.Pages;

/// <summary>
/// The frame of every page: one <c>h1</c>, a labelled navigation with the current page marked, a skip link, and
/// the sign-out form. No script at all: every action is a plain form, so the console needs nothing but HTML and CSS.
/// </summary>
public static class Layout
{
    private static readonly (string Path, string Name)[] Pages =
    [
        (AuthoringPaths.Knowledge, "Knowledge"),
        (AuthoringPaths.Try, "Try"),
        (AuthoringPaths.Unanswered, "Unanswered"),
        (AuthoringPaths.Learned, "Learned entries"),
        (AuthoringPaths.Digests, "Digests"),
    ];

    public static IResult Page(PageContext page, string title, Html body, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = page.Http.Request.Path.Value ?? "";
        var links = Html.Join(Pages.Select(p => p.Path == path || (p.Path == AuthoringPaths.Knowledge && path == AuthoringPaths.Root)
            ? Html.Of($"<li><a href=\"{p.Path}\" aria-current=\"page\">{p.Name}</a></li>")
            : Html.Of($"<li><a href=\"{p.Path}\">{p.Name}</a></li>")));
        var header = Html.Of($"""
            <header>
            <p class="brand">BriefBot authoring</p>
            <nav aria-label="Console pages"><ul>{links}</ul></nav>
            <form method="post" action="{AuthoringPaths.SignOut}" class="sign-out">{page.Antiforgery}<button type="submit">Sign out {page.Author}</button></form>
            </header>
            """);
        return Document(title, header, body, status);
    }

    /// <summary>A page without the navigation, for the sign-in form and errors before sign-in.</summary>
    public static IResult Document(string title, Html header, Html body, int status = StatusCodes.Status200OK)
    {
        var html = Html.Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · BriefBot authoring</title>
            <link rel="stylesheet" href="{AuthoringPaths.Static}/authoring.css">
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            {header}
            <main id="main">
            <h1>{title}</h1>
            {body}
            </main>
            </body>
            </html>
            """);
        return Results.Content(html.Value, "text/html; charset=utf-8", null, status);
    }

    /// <summary>A status line a screen reader announces, e.g. after a form was saved or refused.</summary>
    public static Html Notice(string? message, bool error = false) => message is null
        ? Html.Empty
        : error
            ? Html.Of($"<p class=\"notice error\" role=\"alert\">{message}</p>")
            : Html.Of($"<p class=\"notice\" role=\"status\">{message}</p>");
}
