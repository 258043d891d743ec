using System.Text.Json;
using BriefBot.Core.Chat;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Core.Operations;
using BriefBot.Discord.Payloads;
using BriefBot.Discord.Replies;
using BriefBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>, the Interactions Endpoint URL of the developer portal. The signature is checked
/// over the raw bytes before anything is parsed; the HTTP response is the interaction response.
/// </summary>
internal sealed class InteractionsEndpoint(
    IOptions<DiscordOptions> options,
    InteractionResponder responder,
    DuplicateEvents duplicates,
    ReplyPipeline<DiscordJob> pipeline,
    BriefBotMetrics metrics,
    TimeProvider time,
    ILogger<InteractionsEndpoint> logger) : IHttpEndpoints
{
    public const string Path = "/discord/interactions";

    private readonly Lazy<InteractionSignature> signature = new(() => InteractionSignature.FromHex(options.Value.PublicKey!));

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, new RequestDelegate(HandleAsync));

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetUtcNow();
        var read = await RequestBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (read.Bytes is not { } body)
        {
            Log.BodyRefused(logger, read.RefusedStatus);
            context.Response.StatusCode = read.RefusedStatus;
            return;
        }

        var headers = context.Request.Headers;
        if (!signature.Value.Verify(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            Log.BadSignature(logger);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        // Discord sends an interaction once, to one endpoint: a second delivery is a replayed request. Pings are
        // not claimed, since they answer nothing.
        if (interaction is { Type: not InteractionType.Ping }
            && !await duplicates.IsFirstAsync(DiscordChatAdapter.PlatformName, interaction.Id, DuplicateEvents.InteractionBudget, context.RequestAborted).ConfigureAwait(false))
        {
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }

        // The answer must outlive this request when it is deferred, and a shutdown lets it finish: it runs until the
        // pipeline's work is abandoned, not with the request or the host's stopping token.
        var outcome = interaction is null ? null : await responder.RespondAsync(interaction, receivedAt, pipeline.Abandoned).ConfigureAwait(false);
        if (outcome is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // A continuation, taken even while the pipeline drains: the web server stops (with this request finished)
        // before the pipeline drains, so a follow-up is lost only once the shutdown timeout abandoned the work.
        if (outcome.FollowUp is { } followUp && !pipeline.TryContinue(new FollowUpJob(followUp)))
        {
            Log.FollowUpDropped(logger);
        }

        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(outcome.Response, DiscordJsonContext.Default.InteractionResponse), context.RequestAborted).ConfigureAwait(false);
        if (outcome.RepliesToCommand(interaction!))
        {
            // The HTTP response is the reply: written is as close as this side can see to Discord accepting it.
            metrics.DiscordReplySent(time, receivedAt);
        }
    }
}
