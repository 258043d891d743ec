using System.Text.Json;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Slack.Commands;
using BriefBot.Slack.Events;
using BriefBot.Slack.Interactivity;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// Acks and dispatches one Socket Mode envelope to the same handlers the HTTP endpoint uses: events_api to the event
/// handler, slash_commands to the slash command (its reply rides on the ack), interactive to the button handler.
/// </summary>
internal sealed class SocketEnvelopeHandler(EventCallbackHandler events, SlashCommandHandler commands, InteractionHandler interactions, ILogger<SocketEnvelopeHandler> logger)
{
    /// <summary>The receive loop's error sink: whatever one envelope does wrong is logged, and the loop goes on.</summary>
    /// <param name="connection">The socket it came on, for the ack.</param>
    /// <param name="envelope">The envelope.</param>
    /// <param name="arrived">The TimeProvider timestamp of its arrival, to time the reply.</param>
    /// <param name="cancellationToken">Cancels the ack (which aborts the socket): only when the socket is being dropped anyway.</param>
    public async Task HandleAsync(SocketModeConnection connection, SocketEnvelope envelope, long arrived, CancellationToken cancellationToken)
    {
        try
        {
            if (envelope.EnvelopeId is not { } id)
            {
                Log.Unexpected(logger, envelope.Type ?? "?");
                return;
            }

            if (envelope.Type == "slash_commands")
            {
                var command = envelope.Payload?.Deserialize(SlackJson.Default.SlashCommand) ?? throw new JsonException("A slash command without a payload.");
                var reply = await commands.HandleAsync(command, arrived, cancellationToken).ConfigureAwait(false);
                await connection.SendAsync(new SocketAck(id, reply), SlackJson.Default.SocketAck, cancellationToken).ConfigureAwait(false);
                return;
            }

            // The ack says the bot will answer: an envelope the pipeline refuses is left unacked, so Slack delivers it
            // again. One it cannot read is acked all the same, since a retry would not read any better.
            Intake intake;
            try
            {
                intake = envelope.Type switch
                {
                    "events_api" when envelope.Payload?.Deserialize(SlackJson.Default.EventCallback) is { } callback =>
                        events.Handle(callback, envelope.RetryAttempt, arrived),
                    "interactive" when envelope.Payload?.Deserialize(SlackJson.Default.InteractionPayload) is { } interaction =>
                        interactions.Handle(interaction),
                    _ => Unexpected(envelope),
                };
            }
            catch (JsonException e)
            {
                Log.Unreadable(logger, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                intake = Intake.Taken;
            }

            if (intake == Intake.Taken)
            {
                await connection.SendAsync(new SocketAck(id), SlackJson.Default.SocketAck, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.EnvelopeFailed(logger, envelope.Type ?? "?", e);
        }
    }

    private Intake Unexpected(SocketEnvelope envelope)
    {
        Log.Unexpected(logger, envelope.Type ?? "?");
        return Intake.Taken;
    }
}
