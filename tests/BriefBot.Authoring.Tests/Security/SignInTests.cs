using System.Net;
using BriefBot.Authoring.Security;
using BriefBot.Authoring.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Authoring.Tests.Security;

/// <summary>Who gets in: signed-in authors only, by cookie or bearer token; wrong tokens are refused and, repeated, held back.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private AuthoringServer server = null!;

    public async Task InitializeAsync() => server = await AuthoringServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("/authoring/")]
    [InlineData("/authoring/try")]
    [InlineData("/authoring/unanswered")]
    [InlineData("/authoring/learned")]
    [InlineData("/authoring/learned/export")]
    [InlineData("/authoring/digests")]
    public async Task A_page_without_sign_in_redirects_to_the_sign_in_form(string path)
    {
        using var client = server.Client();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/authoring/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Authors.WrongToken)]
    [InlineData("short")]
    public async Task The_api_without_a_right_token_is_401_with_a_json_error(string? bearer)
    {
        using var client = server.Client(bearer);
        using var response = await client.GetAsync("/authoring/api/knowledge");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sign in", (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_strict_cookie_and_opens_every_page()
    {
        using var client = server.Client();
        using var response = await SignIn.PostAsync(client, Authors.AdaToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthorSchemes.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/authoring", cookie, StringComparison.OrdinalIgnoreCase);

        foreach (var path in new[] { "/authoring/", "/authoring/try", "/authoring/unanswered", "/authoring/learned", "/authoring/digests" })
        {
            using var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Sign out Ada", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.StartsWith("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_sets_no_cookie()
    {
        using var client = server.Client();
        using var response = await SignIn.PostAsync(client, Authors.WrongToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not an author", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(AuthorSchemes.CookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_five_failures_even_the_right_token_waits_until_the_window_has_passed()
    {
        using var client = server.Client();
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            using var wrong = await SignIn.PostAsync(client, Authors.WrongToken);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using (var held = await SignIn.PostAsync(client, Authors.AdaToken))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
            Assert.True(held.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }

        using (var bearer = server.Client(Authors.AdaToken))
        using (var api = await bearer.GetAsync("/authoring/api/knowledge"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        }

        server.Time.Advance(SignInThrottle.Window);
        using var right = await SignIn.PostAsync(client, Authors.AdaToken);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = await SignIn.SignedInAsync(server);
        using var response = await client.PostAsync("/authoring/unanswered/answer", new FormUrlEncodedContent([new("questions", "When is lunch?"), new("answer", "Noon.")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("did not come from the console", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await server.Services.GetRequiredService<Core.Storage.ILearnedEntryStore>().GetLearnedAsync()).Entries);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await SignIn.SignedInAsync(server);
        var field = await SignIn.AntiforgeryAsync(client, "/authoring/try");
        using var signedOut = await client.PostAsync("/authoring/sign-out", new FormUrlEncodedContent([new("__antiforgery", field)]));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var after = await client.GetAsync("/authoring/try");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task No_token_cookie_or_question_text_is_logged_at_information_or_above()
    {
        const string question = "what is the secret launch date of project falcon";
        using var client = await SignIn.SignedInAsync(server);
        using (await SignIn.PostAsync(server.Client(), Authors.WrongToken))
        {
        }

        var field = await SignIn.AntiforgeryAsync(client, "/authoring/try");
        using (await client.PostAsync("/authoring/try", new FormUrlEncodedContent([new("__antiforgery", field), new("question", question)])))
        {
        }

        using var api = server.Client(Authors.GraceToken);
        using (await api.PostAsync("/authoring/api/entries", Json.Body(new { questions = new[] { question }, answer = "Never." })))
        {
        }

        var lines = server.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Information).Select(r => r.Message + " " + string.Join(" ", r.StructuredState?.Select(s => s.Value) ?? [])).ToList();
        Assert.Contains(lines, l => l.Contains("Ada signed in", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Grace added learned entry", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(Authors.AdaToken, StringComparison.Ordinal) || l.Contains(Authors.GraceToken, StringComparison.Ordinal)
            || l.Contains(Authors.WrongToken, StringComparison.Ordinal) || l.Contains("falcon", StringComparison.OrdinalIgnoreCase)
            || l.Contains(AuthorSchemes.CookieName, StringComparison.Ordinal));
    }
}
