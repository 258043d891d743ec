using BriefBot.Slack.BlockKit;

namespace BriefBot.Slack.Api;

/// <summary>
/// The body of <c>chat.postMessage</c>. Unfurling is off (an answer should not grow a link preview) and
/// <see cref="LinkNames"/> is off, so plain "@channel" in a fallback text never becomes a mention.
/// </summary>
internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block> Blocks, string? ThreadTs = null)
{
    public bool UnfurlLinks => false;

    public bool UnfurlMedia => false;

    public bool LinkNames => false;

    public static PostMessageRequest For(string channel, SlackMessage message, string? threadTs = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(channel, message.Text, message.Blocks, threadTs);
    }
}
