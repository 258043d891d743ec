namespace BriefBot.Slack.BlockKit;

/// <summary>
/// A Block Kit text object. mrkdwn objects are always <c>verbatim</c>: Slack then leaves plain text alone instead of
/// turning words like "@here" or channel names into links and mentions ("automatic parsing").
/// </summary>
internal sealed record TextObject(string Type, string Text, bool? Verbatim = null, bool? Emoji = null)
{
    /// <summary>mrkdwn whose text has already been escaped with <see cref="SlackText.Escape"/> where it came from users or knowledge.</summary>
    public static TextObject Mrkdwn(string text) => new("mrkdwn", text, Verbatim: true);

    public static TextObject Plain(string text) => new("plain_text", text, Emoji: true);
}
