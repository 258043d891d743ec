using System.Text.Json;
using BriefBot.Discord.Messages;

namespace BriefBot.Discord.Interactions;

/// <summary>The fields of an interaction the bot reads, whether it came over the Gateway or the HTTP endpoint.</summary>
internal sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    InteractionMember? Member = null,
    DiscordUser? User = null)
{
    /// <summary>In a guild the user comes inside <c>member</c>; in a DM as <c>user</c>.</summary>
    public string? UserId => Member?.User?.Id ?? User?.Id;
}

internal sealed record InteractionMember(DiscordUser? User);

internal sealed record InteractionData(
    string? Name = null,
    IReadOnlyList<InteractionOption>? Options = null,
    string? CustomId = null,
    int? ComponentType = null);

/// <summary>A command option as filled in; <see cref="Focused"/> marks the one being typed during autocomplete.</summary>
internal sealed record InteractionOption(
    string Name,
    int Type,
    JsonElement? Value = null,
    bool? Focused = null,
    IReadOnlyList<InteractionOption>? Options = null);
