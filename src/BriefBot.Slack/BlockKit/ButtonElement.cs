using System.Text.Json.Serialization;

namespace BriefBot.Slack.BlockKit;

/// <summary>A button; Slack sends its <see cref="ActionId"/> and <see cref="Value"/> back in a block_actions payload.</summary>
internal sealed record ButtonElement(TextObject Text, string ActionId, string Value, string? Style = null)
{
    [JsonPropertyOrder(-1)]
    public string Type => "button";
}
