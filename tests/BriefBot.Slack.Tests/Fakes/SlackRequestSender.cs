using System.Globalization;
using System.Text;
using BriefBot.Slack.Signing;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>Sends requests to /slack/events the way Slack does: signed with the signing secret at the fake clock's time.</summary>
public sealed class SlackRequestSender(HttpClient http, Uri endpoint, string secret, FakeTimeProvider time)
{
    public Task<HttpResponseMessage> PostJsonAsync(string json, int? retryNum = null) =>
        SendAsync(json, "application/json", retryNum);

    public Task<HttpResponseMessage> PostFormAsync(string form, int? retryNum = null) =>
        SendAsync(form, "application/x-www-form-urlencoded", retryNum);

    public static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value)));

    /// <summary>Sends with explicit signature headers (null leaves a header out), for the refusal tests.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(string body, string contentType, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (timestamp is not null)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add("X-Slack-Signature", signature);
        }

        return await http.SendAsync(request);
    }

    public string Timestamp(TimeSpan? offset = null) =>
        (time.GetUtcNow() + (offset ?? TimeSpan.Zero)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string Sign(string timestamp, string body) => SlackSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body));

    private async Task<HttpResponseMessage> SendAsync(string body, string contentType, int? retryNum)
    {
        var timestamp = Timestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Sign(timestamp, body));
        if (retryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await http.SendAsync(request);
    }
}
