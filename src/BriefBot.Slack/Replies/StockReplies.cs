using BriefBot.Slack.BlockKit;

namespace BriefBot.Slack.Replies;

/// <summary>What the bot says on its own behalf: usage, notes and acknowledgements.</summary>
internal static class StockReplies
{
    public static SlackMessage Usage(string command)
    {
        var c = SlackText.Escape(command);
        return SlackMessage.Section(
            "*BriefBot answers questions about the team's briefings*, quoting the sentence each answer comes from.\n"
            + $"• `{c} &lt;question&gt;`: ask; only you see the answer\n"
            + $"• `{c} digest`: preview the digest this channel would get\n"
            + $"• `{c} help`: this help\n"
            + "You can also mention the bot in a channel, or send it a direct message.");
    }

    public static SlackMessage MentionHelp { get; } = SlackMessage.Section(
        "Ask me a question about the briefings, for example: _what changed in the latest briefing?_");

    public static SlackMessage NoDigests { get; } = SlackMessage.Section("No digests are configured, so there is nothing to preview.");

    public static SlackMessage StillWorking { get; } = SlackMessage.Section("Looking that up…");

    public static SlackMessage Failed { get; } = SlackMessage.Section("Sorry, I could not answer that just now. Please try again.");

    public static SlackMessage FeedbackThanks(bool helpful) => SlackMessage.Section(helpful
        ? "Thanks, glad it helped. Your feedback is recorded."
        : "Thanks, noted as not helpful. Your feedback helps improve the briefings.");
}
