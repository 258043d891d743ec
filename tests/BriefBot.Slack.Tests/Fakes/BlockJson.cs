using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefBot.Slack.Api;
using BriefBot.Slack.BlockKit;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>Reads Block Kit JSON the way Slack would receive it.</summary>
public static class BlockJson
{
    internal static JsonNode Of(SlackMessage message) =>
        JsonNode.Parse(JsonSerializer.Serialize(PostMessageRequest.For("C1", message), SlackJson.Default.PostMessageRequest))!;

    public static IReadOnlyList<JsonNode> Blocks(JsonNode message) => [.. message["blocks"]!.AsArray().Select(b => b!)];

    public static IEnumerable<JsonNode> OfType(JsonNode message, string type) => Blocks(message).Where(b => (string?)b["type"] == type);

    /// <summary>Every text object in the message, wherever it sits.</summary>
    public static IEnumerable<JsonNode> TextObjects(JsonNode message) =>
        Blocks(message).SelectMany(b => b["text"] is { } t ? [t] : b["elements"]?.AsArray().Select(e => (string?)e!["type"] == "button" ? e["text"]! : e) ?? []);

    public static IEnumerable<string> Texts(JsonNode message) => TextObjects(message).Select(t => (string)t["text"]!);

    /// <summary>The JSON with its strings as Slack decodes them (no \u003C escapes), for searching.</summary>
    public static string Decoded(JsonNode json) =>
        json.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Decoded(string json) => Decoded(JsonNode.Parse(json)!);

    /// <summary>True when the JSON holds a Slack mention, broadcast or channel token: something that would ping or link someone.</summary>
    public static bool HasLiveMention(string json)
    {
        var text = Decoded(json);
        return text.Contains("<!", StringComparison.Ordinal) || text.Contains("<@", StringComparison.Ordinal) || text.Contains("<#", StringComparison.Ordinal);
    }
}
