using System.Net;
using System.Text.Json;
using BriefBot.Discord.Tests.Fakes;
using BriefBot.Web;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Discord.Tests.Interactions;

/// <summary>The HTTP Interactions endpoint, with requests signed by a key pair made for the test.</summary>
public sealed class InteractionsEndpointTests : IDisposable
{
    private const string Timestamp = InteractionSigner.Timestamp;
    private readonly InteractionSigner signer = new();
    private readonly HttpClient http = new();

    public void Dispose()
    {
        signer.Dispose();
        http.Dispose();
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_and_one_warning_without_a_stack_trace()
    {
        await using var host = await StartAsync();

        using var response = await InteractionSigner.PostAsync(http, host, new string('x', 1_100_000), null, null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Single(host.Logs, e => e.Id.Id == 2056 && e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Exception is null);
        Assert.DoesNotContain(host.Logs, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task A_signed_ping_gets_a_pong()
    {
        await using var host = await StartAsync();

        var response = await PostAsync(host, """{"id":"900000000000000001","application_id":"100000000000000001","type":1,"token":"t","version":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("tampered-body")]
    [InlineData("other-timestamp")]
    [InlineData("no-signature")]
    [InlineData("no-timestamp")]
    [InlineData("not-hex")]
    [InlineData("short")]
    public async Task A_request_whose_signature_does_not_verify_gets_401(string fault)
    {
        await using var host = await StartAsync();
        using var stranger = new InteractionSigner();
        const string body = """{"id":"900000000000000001","application_id":"100000000000000001","type":1,"token":"t","version":1}""";
        var signature = fault switch
        {
            "wrong-key" => stranger.Sign(Timestamp, body),
            "other-timestamp" => signer.Sign("1780315201", body),
            "not-hex" => new string('z', 128),
            "short" => signer.Sign(Timestamp, body)[..64],
            "no-signature" => null,
            _ => signer.Sign(Timestamp, body),
        };
        var sent = fault == "tampered-body" ? body.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal) : body;

        var response = await PostAsync(host, sent, signature, fault == "no-timestamp" ? null : Timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signature_is_checked_before_parsing()
    {
        await using var host = await StartAsync();

        var response = await PostAsync(host, "this is not JSON", new string('0', 128), Timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(host, "this is not JSON")).StatusCode);
    }

    [Fact]
    public async Task The_slash_command_is_answered_in_the_http_response()
    {
        await using var host = await StartAsync();

        var response = await PostAsync(host, JsonSerializer.Serialize(DiscordEvents.Command("900000000000000001", "tok", "What weapons?")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = DiscordTestHost.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal("{\"parse\":[]}", json.GetProperty("data").GetProperty("allowed_mentions").GetRawText());
        Assert.Contains("HIMARS", json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(host.Rest.Where("POST", "interactions/"));
    }

    [Fact]
    public async Task Autocomplete_is_answered_in_the_http_response()
    {
        await using var host = await StartAsync();

        var response = await PostAsync(host, JsonSerializer.Serialize(DiscordEvents.Autocomplete("900000000000000001", "tok", "why")));

        var json = DiscordTestHost.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(8, json.GetProperty("type").GetInt32());
        Assert.Equal(25, json.GetProperty("data").GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_in_the_http_response_then_filled_in_through_the_webhook()
    {
        var previewer = new FakeDigestPreviewer { Slow = true };
        await using var host = await DiscordTestHost.StartAsync(
            s => s["Discord:PublicKey"] = signer.PublicKeyHex,
            services => services.AddSingleton<BriefBot.Core.Digests.IDigestPreviewer>(previewer));

        var pending = PostAsync(host, JsonSerializer.Serialize(DiscordEvents.Command("900000000000000001", "tok", "digest")));
        await Wait.UntilAsync(() => previewer.Previews.Count == 1, "the preview to start");
        await host.Time.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3), "the deferred response");

        var json = DiscordTestHost.Parse(await (await pending).Content.ReadAsStringAsync());
        Assert.Equal(5, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        previewer.Gate.SetResult();
        var edit = await host.Rest.WaitForAsync("PATCH", $"webhooks/{DiscordTestHost.ApplicationId}/tok/messages/@original");
        Assert.Equal("{\"parse\":[]}", edit.Json.GetProperty("allowed_mentions").GetRawText());
    }

    [Fact]
    public async Task Without_a_public_key_there_is_no_endpoint()
    {
        await using var host = await DiscordTestHost.StartAsync();

        Assert.Null(host.Host.Services.GetService<WebServer>());
    }

    private async Task<DiscordTestHost> StartAsync() =>
        await DiscordTestHost.StartAsync(s => s["Discord:PublicKey"] = signer.PublicKeyHex.ToUpperInvariant());

    private Task<HttpResponseMessage> PostAsync(DiscordTestHost host, string body) => signer.PostAsync(http, host, body);

    private Task<HttpResponseMessage> PostAsync(DiscordTestHost host, string body, string? signature, string? timestamp) =>
        InteractionSigner.PostAsync(http, host, body, signature, timestamp);
}
