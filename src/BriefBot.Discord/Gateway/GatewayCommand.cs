using System.Text.Json.Serialization;

namespace BriefBot.Discord.Gateway;

/// <summary>A payload the bot sends.</summary>
internal sealed record GatewayCommand<T>(int Op, T D);

/// <summary>Op 1. <c>d</c> is the last sequence number received, and must be sent as <c>null</c> (not left out) before the first.</summary>
internal sealed record HeartbeatCommand([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? D)
{
    public int Op => GatewayOpCode.Heartbeat;
}

internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, IReadOnlyList<int>? Shard);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumeData(string Token, string SessionId, int Seq);

internal sealed record HelloData(int HeartbeatInterval);

internal sealed record ReadyData(string SessionId, string ResumeGatewayUrl, Messages.DiscordUser User);
