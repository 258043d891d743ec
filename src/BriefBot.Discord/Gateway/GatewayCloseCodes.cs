namespace BriefBot.Discord.Gateway;

/// <summary>Discord's Gateway close codes, and which of them a reconnect cannot fix.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Our own close code when we drop a connection we mean to resume: 1000 and 1001 would end the session.</summary>
    public const int Reconnecting = 4000;

    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>Null when the code allows a reconnect; otherwise what the operator must fix.</summary>
    public static string? Fatal(int code) => code switch
    {
        4004 => "Discord rejected the bot token (close code 4004, authentication failed): check Discord:BotToken.",
        4010 => "Discord rejected the shard settings (close code 4010, invalid shard): check Discord:ShardId and Discord:ShardCount.",
        4011 => "Discord requires sharding for this bot (close code 4011): set Discord:ShardCount and run one process per shard.",
        4012 => "Discord rejected the Gateway API version (close code 4012).",
        4013 => "Discord rejected the Gateway intents (close code 4013, invalid intents).",
        4014 => "Discord refused a privileged intent (close code 4014): enable MESSAGE CONTENT INTENT under Bot > Privileged Gateway Intents in the developer portal.",
        _ => null,
    };

    /// <summary>Codes after which the session cannot be resumed and a new one must be identified.</summary>
    public static bool EndsSession(int code) => code is InvalidSeq or SessionTimedOut or 4003;
}
