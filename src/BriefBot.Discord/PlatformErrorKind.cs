namespace BriefBot.Discord;

/// <summary>The fixed words <c>briefbot.platform.errors</c> is tagged with for Discord: few, so dashboards and alerts can name them.</summary>
internal static class PlatformErrorKind
{
    /// <summary>Discord refused a REST call (after any 429 was waited out): a missing permission, an unknown channel, an expired interaction.</summary>
    public const string Http4xx = "http_4xx";

    /// <summary>Discord failed a REST call, still after the retries.</summary>
    public const string Http5xx = "http_5xx";

    /// <summary>A REST call that got no answer in time, or a Gateway connection whose heartbeats went unanswered.</summary>
    public const string Timeout = "timeout";

    /// <summary>Discord could not be reached, or a connection dropped.</summary>
    public const string Network = "network";

    /// <summary>Discord closed the Gateway connection or invalidated the session, in a way a reconnect can fix.</summary>
    public const string GatewayClose = "gateway_close";

    /// <summary>Discord closed the Gateway for good (bad token, shard, intents or version): the operator must act.</summary>
    public const string GatewayFatal = "gateway_fatal";
}
