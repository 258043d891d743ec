namespace BriefBot.Discord.Payloads;

/// <summary>
/// A message to create or edit: a channel message, an interaction reply or a follow-up. <see cref="AllowedMentions"/>
/// is required by construction, so no path can send a message without it. With an enforced
/// <see cref="Nonce"/>, Discord creates at most one message per nonce within a few minutes, so a retried request
/// cannot post twice.
/// </summary>
public sealed record MessagePayload(
    AllowedMentions AllowedMentions,
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<ActionRow>? Components = null,
    MessageReference? MessageReference = null,
    int? Flags = null,
    string? Nonce = null,
    bool? EnforceNonce = null)
{
    /// <summary>Only the user who triggered the interaction sees the message.</summary>
    public const int Ephemeral = 64;

    public static MessagePayload Text(string content, int? flags = null) => new(AllowedMentions.None, content, Flags: flags);
}
