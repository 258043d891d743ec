namespace BriefBot.Slack.BlockKit;

/// <summary>
/// One message as Slack shows it: blocks, and the plain <see cref="Text"/> Slack uses for notifications and clients
/// without Block Kit. Both are escaped already.
/// </summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks)
{
    public static SlackMessage Section(string mrkdwn) =>
        new(SlackText.Cut(mrkdwn, BlockLimits.FallbackText), [SectionBlock.Mrkdwn(mrkdwn)]);
}
