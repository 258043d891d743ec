using System.Globalization;
using System.Text;
using System.Text.Json;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Slack.Commands;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.Signing;
using BriefBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.Events;

/// <summary>
/// <c>POST /slack/events</c>, the one endpoint Slack's Bolt frameworks use for Events API callbacks, slash commands
/// (form-encoded) and interactivity (a <c>payload</c> form field). The signature is checked on the raw body before
/// anything else; events are acked at once and answered from the job queue.
/// </summary>
internal sealed class SlackEventsEndpoint(
    IOptions<SlackOptions> options,
    TimeProvider time,
    EventCallbackHandler events,
    SlashCommandHandler commands,
    InteractionHandler interactions,
    ILogger<SlackEventsEndpoint> logger) : IHttpEndpoints
{
    public const string Path = "/slack/events";

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, HandleAsync);

    private async Task HandleAsync(HttpContext context)
    {
        var arrived = time.GetTimestamp();
        var request = context.Request;
        var response = context.Response;
        var read = await RequestBody.ReadAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (read.Bytes is not { } body)
        {
            Log.BodyRefused(logger, read.RefusedStatus);
            response.StatusCode = read.RefusedStatus;
            return;
        }

        var form = IsForm(request) ? new FormReader(Encoding.UTF8.GetString(body)).ReadForm() : null;
        if (form is not null && form.TryGetValue("ssl_check", out var ssl) && ssl == "1")
        {
            // Slack's certificate check is unsigned and asks for nothing but a 200.
            return;
        }

        var check = SlackSignature.Verify(options.Value.SigningSecret ?? "", request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], body, time.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            Log.Refused(logger, check);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        int? retry = int.TryParse(request.Headers["X-Slack-Retry-Num"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (retry is not null)
        {
            Log.Retry(logger, retry.Value, request.Headers["X-Slack-Retry-Reason"]);
        }

        try
        {
            if (form is null)
            {
                await HandleEventAsync(context, body, retry, arrived).ConfigureAwait(false);
            }
            else if (form.TryGetValue("payload", out var payload)
                && JsonSerializer.Deserialize(payload.ToString(), SlackJson.Default.InteractionPayload) is { } interaction)
            {
                if (interactions.Handle(interaction) != Intake.Taken)
                {
                    response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                }
            }
            else if (form.ContainsKey("command"))
            {
                var reply = await commands.HandleAsync(SlashCommand.FromForm(form), arrived, context.RequestAborted).ConfigureAwait(false);
                response.ContentType = "application/json; charset=utf-8";
                await JsonSerializer.SerializeAsync(response.Body, reply, SlackJson.Default.ResponseMessage, context.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }
        catch (JsonException e)
        {
            // Signed, so from Slack, but the parser's message quotes the body, and a body can hold a question: only
            // where it broke is logged.
            Log.Unreadable(logger, request.ContentType ?? "?", e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    private async Task HandleEventAsync(HttpContext context, byte[] body, int? retry, long arrived)
    {
        var callback = JsonSerializer.Deserialize(body, SlackJson.Default.EventCallback) ?? throw new JsonException("The body is JSON null.");
        if (callback.Type == EventCallback.UrlVerification)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(callback.Challenge ?? "", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (events.Handle(callback, retry, arrived) != Intake.Taken)
        {
            // Full or stopping: a 5xx makes Slack retry the event, later or through the load balancer at another replica.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }

    private static bool IsForm(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
