using System.Text.Json;

namespace BriefBot.Slack.Events;

/// <summary>The fields of an <c>app_mention</c> or <c>message</c> event the adapter reads.</summary>
internal sealed record SlackEvent(
    string? Type,
    string? User,
    string? Text,
    string? Ts,
    string? Channel,
    string? ChannelType,
    string? ThreadTs,
    string? BotId,
    string? Subtype,
    JsonElement? Edited);
