using System.Text.Json;

namespace BriefBot.Discord.Gateway;

/// <summary>A Gateway payload as received: opcode, data, sequence number and event name (the last two only on dispatches).</summary>
internal sealed record GatewayFrame(int Op, JsonElement? D, int? S, string? T);
