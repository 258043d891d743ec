namespace BriefBot.Authoring.Pages;

/// <summary>The sign-in form: one labelled password field for the author's token.</summary>
public static class SignInPage
{
    public static Html Body(PageContext page, string? error, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Html.Of($"""
            {Layout.Notice(error, error is not null)}
            <form method="post" action="{AuthoringPaths.SignIn}" class="stack">
            {page.Antiforgery}
            <input type="hidden" name="returnUrl" value="{returnUrl ?? ""}">
            <label for="token">Author token</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required minlength="{AuthoringOptionsValidator.MinimumTokenLength}">
            <button type="submit">Sign in</button>
            </form>
            <p class="hint">Tokens are set by whoever runs the bot (<code>Authoring:Authors:N:Token</code>).</p>
            """);
    }
}
