using System.Text.Json.Serialization;
using BriefBot.Discord.Commands;
using BriefBot.Discord.Gateway;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Messages;
using BriefBot.Discord.Rest;

namespace BriefBot.Discord.Payloads;

/// <summary>Discord's JSON: snake_case names, absent rather than null optional fields. Source-generated, so no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(GatewayFrame))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(HeartbeatCommand))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(RateLimitBody))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
