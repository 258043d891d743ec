using BriefBot.Slack.BlockKit;

namespace BriefBot.Slack.Api;

/// <summary>
/// A message answering a slash command or a button click: the HTTP response body, the Socket Mode ack payload, or a
/// post to the interaction's <c>response_url</c>. Ephemeral unless said otherwise: only the asker sees it.
/// </summary>
internal sealed record ResponseMessage(string ResponseType, string Text, IReadOnlyList<Block>? Blocks, bool? ReplaceOriginal = null)
{
    public const string EphemeralType = "ephemeral";

    public static ResponseMessage Ephemeral(SlackMessage message, bool? replaceOriginal = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(EphemeralType, message.Text, message.Blocks, replaceOriginal);
    }
}
