using System.Text.Json.Nodes;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>Events API bodies shaped like the ones Slack sends.</summary>
public static class SlackPayloads
{
    public const string Ts = "1700000000.000100";

    public static string Callback(string eventId, JsonObject slackEvent) => new JsonObject
    {
        ["token"] = "legacy-verification-token",
        ["team_id"] = "T1",
        ["api_app_id"] = "A1",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["event"] = slackEvent,
    }.ToJsonString();

    public static JsonObject Mention(string text, string channel = "CGENERAL", string ts = Ts, string user = "UALICE", string? threadTs = null)
    {
        var mention = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = $"<@{FakeSlack.BotUserId}> {text}",
            ["ts"] = ts,
            ["channel"] = channel,
            ["event_ts"] = ts,
        };
        if (threadTs is not null)
        {
            mention["thread_ts"] = threadTs;
        }

        return mention;
    }

    public static JsonObject Message(string text, string channel, string channelType, string ts = Ts, string user = "UALICE") => new()
    {
        ["type"] = "message",
        ["user"] = user,
        ["text"] = text,
        ["ts"] = ts,
        ["channel"] = channel,
        ["event_ts"] = ts,
        ["channel_type"] = channelType,
    };

    public static JsonObject With(this JsonObject slackEvent, string name, JsonNode? value)
    {
        slackEvent[name] = value;
        return slackEvent;
    }

    public static string BlockActions(string actionId, string value, string responseUrl) => new JsonObject
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = "UALICE", ["username"] = "alice", ["team_id"] = "T1" },
        ["api_app_id"] = "A1",
        ["team"] = new JsonObject { ["id"] = "T1", ["domain"] = "test" },
        ["channel"] = new JsonObject { ["id"] = "CGENERAL", ["name"] = "general" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000001.000001", ["channel_id"] = "CGENERAL" },
        ["trigger_id"] = "1.2.3",
        ["response_url"] = responseUrl,
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["block_id"] = "briefbot_feedback",
            ["value"] = value,
            ["action_ts"] = "1700000002.000001",
        }),
    }.ToJsonString();

    public static (string Name, string Value)[] SlashCommand(string text, string responseUrl) =>
    [
        ("token", "legacy-verification-token"),
        ("team_id", "T1"),
        ("team_domain", "test"),
        ("channel_id", "CGENERAL"),
        ("channel_name", "general"),
        ("user_id", "UALICE"),
        ("user_name", "alice"),
        ("command", "/brief"),
        ("text", text),
        ("api_app_id", "A1"),
        ("response_url", responseUrl),
        ("trigger_id", "1.2.3"),
    ];

    /// <summary>A Socket Mode envelope around <paramref name="payload"/>, as Slack sends it.</summary>
    public static string Envelope(string id, string type, string payload, int retry = 0) => new JsonObject
    {
        ["envelope_id"] = id,
        ["type"] = type,
        ["payload"] = JsonNode.Parse(payload),
        ["accepts_response_payload"] = type == "slash_commands",
        ["retry_attempt"] = retry,
        ["retry_reason"] = retry == 0 ? "" : "timeout",
    }.ToJsonString();

    /// <summary>A slash command as a Socket Mode payload: the form's fields as JSON.</summary>
    public static string SlashCommandJson(string text, string responseUrl) =>
        new JsonObject(SlashCommand(text, responseUrl).Select(f => KeyValuePair.Create(f.Name, (JsonNode?)f.Value))).ToJsonString();
}
