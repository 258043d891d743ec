using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriefBot.Core.Operations;
using BriefBot.Discord.Commands;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Payloads;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Rest;

/// <summary>
/// The few REST calls the bot makes. The typed <see cref="HttpClient"/> carries the base URL, the bot token and the
/// User-Agent Discord asks for; <see cref="RateLimitHandler"/> sits under it. Paths are relative to the API base.
/// </summary>
internal sealed class DiscordRestClient(HttpClient http, BriefBotMetrics metrics, ILogger<DiscordRestClient> logger)
{
    public Task<RestResponse> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", message, DiscordJsonContext.Default.MessagePayload, cancellationToken);

    public Task<RestResponse> CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{Uri.EscapeDataString(token)}/callback", response, DiscordJsonContext.Default.InteractionResponse, cancellationToken);

    /// <summary>Fills in a deferred (type 5) interaction response.</summary>
    public Task<RestResponse> EditOriginalResponseAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}/messages/@original", message, DiscordJsonContext.Default.MessagePayload, cancellationToken);

    public Task<RestResponse> CreateFollowUpAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}", message, DiscordJsonContext.Default.MessagePayload, cancellationToken);

    /// <summary>Bulk-overwrites the application's commands in a guild, or globally when <paramref name="guildId"/> is null.</summary>
    public Task<RestResponse> OverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var path = guildId is null ? $"applications/{applicationId}/commands" : $"applications/{applicationId}/guilds/{guildId}/commands";
        return SendAsync(HttpMethod.Put, path, commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken);
    }

    public async Task<(RestResponse Response, GatewayBotInfo? Info)> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync<object>(HttpMethod.Get, "gateway/bot", null, null, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return (response, null);
        }

        try
        {
            return (response, JsonSerializer.Deserialize(response.Body, DiscordJsonContext.Default.GatewayBotInfo));
        }
        catch (JsonException)
        {
            return (response, null);
        }
    }

    /// <summary>
    /// A call Discord did not answer: unreachable (<see cref="HttpRequestException"/>) or past the HTTP timeout (a
    /// <see cref="TaskCanceledException"/> the caller did not ask for). Callers treat it as a failed call, not a stop.
    /// </summary>
    public static bool IsUnanswered(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private async Task<RestResponse> SendAsync<T>(HttpMethod method, string path, T? payload, JsonTypeInfo<T>? type, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (payload is not null && type is not null)
        {
            // Bytes rather than a streamed JsonContent: the rate-limit handler may send the same request again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(payload, type));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnanswered(e, cancellationToken))
        {
            metrics.PlatformError(DiscordChatAdapter.PlatformName, e is HttpRequestException ? PlatformErrorKind.Network : PlatformErrorKind.Timeout);
            throw;
        }

        using var disposing = response;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var result = new RestResponse((int)response.StatusCode, body);
        if (!result.IsSuccess)
        {
            metrics.PlatformError(DiscordChatAdapter.PlatformName, result.Status >= 500 ? PlatformErrorKind.Http5xx : PlatformErrorKind.Http4xx);
            Log.Refused(logger, RestRoute.For(method, response.RequestMessage?.RequestUri ?? request.RequestUri!).Template, result.Status, ErrorOf(body));
        }

        return result;
    }

    /// <summary>
    /// Discord's error code and message and, for a refused form (50035 Invalid Form Body), each field error with its
    /// path ("0.options.0.name: …"), so an operator can tell what was refused; never the rest of the body.
    /// </summary>
    private static string ErrorOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var code = root.TryGetProperty("code", out var c) ? c.ToString() : "?";
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            var fields = new List<string>();
            if (root.TryGetProperty("errors", out var errors))
            {
                FieldErrors(errors, "", fields);
            }

            return fields.Count == 0 ? $"{code} {message}" : $"{code} {message}: {string.Join("; ", fields.Take(MaxFieldErrors))}";
        }
        catch (JsonException)
        {
            return "(no JSON error)";
        }
    }

    private const int MaxFieldErrors = 10;

    /// <summary>Discord nests field errors by path, each leaf an <c>_errors</c> array of <c>{code, message}</c>.</summary>
    private static void FieldErrors(JsonElement node, string path, List<string> found)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    var text = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                    var kind = error.TryGetProperty("code", out var k) ? k.GetString() : null;
                    found.Add($"{(path.Length == 0 ? "(body)" : path)}: {text} ({kind})");
                }
            }
            else
            {
                FieldErrors(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, found);
            }
        }
    }
}
