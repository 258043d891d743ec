using System.Text.Json.Serialization;
using BriefBot.Slack.Api;
using BriefBot.Slack.Commands;
using BriefBot.Slack.Events;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.SocketMode;

namespace BriefBot.Slack;

/// <summary>Slack's JSON as the adapter reads and writes it: snake_case names, absent fields left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(ResponseMessage))]
[JsonSerializable(typeof(SlackApiResult))]
[JsonSerializable(typeof(EventCallback))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(SocketEnvelope))]
[JsonSerializable(typeof(SocketAck))]
internal sealed partial class SlackJson : JsonSerializerContext;
