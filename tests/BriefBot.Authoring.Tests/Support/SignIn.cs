using System.Net;
using System.Text.RegularExpressions;

namespace BriefBot.Authoring.Tests.Support;

/// <summary>Signing in through the form as a browser does: fetch it, then post the token with the form's antiforgery field.</summary>
internal static partial class SignIn
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token)
    {
        ArgumentNullException.ThrowIfNull(client);
        var field = await AntiforgeryAsync(client, "/authoring/sign-in");
        return await client.PostAsync("/authoring/sign-in", new FormUrlEncodedContent([new("__antiforgery", field), new("token", token)]));
    }

    public static async Task<HttpClient> SignedInAsync(AuthoringServer server, string token = Authors.AdaToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var client = server.Client();
        using var response = await PostAsync(client, token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The antiforgery field of the first form on the page at <paramref name="path"/>.</summary>
    public static async Task<string> AntiforgeryAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(path);
        return AntiforgeryField().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery field on " + path);
    }

    [GeneratedRegex("name=\"__antiforgery\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
