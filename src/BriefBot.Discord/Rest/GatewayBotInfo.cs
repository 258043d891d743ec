namespace BriefBot.Discord.Rest;

/// <summary><c>GET /gateway/bot</c>: where to connect and how many sessions the bot may still start.</summary>
internal sealed record GatewayBotInfo(string Url, int? Shards, SessionStartLimit? SessionStartLimit);

/// <summary>Identifies left before <see cref="ResetAfter"/> milliseconds have passed.</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int? MaxConcurrency);
