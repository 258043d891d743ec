using System.Text.Json;
using BriefBot.Slack.Api;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// A Socket Mode frame: <c>hello</c>, <c>disconnect</c> (with <see cref="Reason"/>), or an envelope of type
/// <c>events_api</c>, <c>slash_commands</c> or <c>interactive</c> that must be acked with its <see cref="EnvelopeId"/>.
/// </summary>
internal sealed record SocketEnvelope(string? Type, string? EnvelopeId, JsonElement? Payload, bool AcceptsResponsePayload, int? RetryAttempt, string? Reason);

/// <summary>The ack of an envelope; a slash command's ack carries the reply as its payload.</summary>
internal sealed record SocketAck(string EnvelopeId, ResponseMessage? Payload = null);
