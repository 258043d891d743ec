using System.Globalization;
using BriefBot.Core.Digests;
using BriefBot.Core.Replies;

namespace BriefBot.Slack.BlockKit;

/// <summary>
/// A digest in Block Kit: a header, then per briefing its key facts with their source and what changed (new, changed,
/// removed, each quoted), or one line when it is unchanged, then the questions the bot could not answer. A digest
/// too big for one message (50 blocks) becomes several, split between briefings where possible.
/// </summary>
internal static class BlockKitDigest
{
    public static IReadOnlyList<SlackMessage> Render(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var name = SlackText.Escape("Digest: " + digest.Name);
        var opening = new List<Block>
        {
            new HeaderBlock(TextObject.Plain(SlackText.Cut(name, BlockLimits.HeaderText))),
            ContextBlock.Mrkdwn(string.Create(CultureInfo.InvariantCulture, $"Generated {digest.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC")),
        };
        if (digest.Briefings.Count == 0)
        {
            opening.Add(SectionBlock.Mrkdwn("No briefings in the knowledge folder."));
        }

        var groups = new List<IReadOnlyList<Block>> { opening };
        groups.AddRange(digest.Briefings.Select(Briefing));
        if (digest.Unanswered.Count > 0)
        {
            var lines = digest.Unanswered.Select(q => string.Create(CultureInfo.InvariantCulture, $"• {SlackText.Escape(q.Question)} (×{q.Count})"));
            groups.Add([new DividerBlock(), .. Sections(["*Asked but not answered*", .. lines])]);
        }

        var parts = Split(groups);
        var title = name + (digest.NothingChanged && digest.Briefings.Count > 0 ? " (no changes)" : "");
        return [.. parts.Select((blocks, i) => new SlackMessage(
            SlackText.Cut(parts.Count == 1 ? title : string.Create(CultureInfo.InvariantCulture, $"{title} ({i + 1}/{parts.Count})"), BlockLimits.FallbackText),
            blocks))];
    }

    private static List<Block> Briefing(BriefingDigest briefing)
    {
        var blocks = new List<Block> { new DividerBlock(), SectionBlock.Mrkdwn("*" + SlackText.Escape(briefing.Title) + "*") };
        if (briefing.Unchanged)
        {
            blocks.Add(ContextBlock.Mrkdwn("No changes since the last digest."));
            return blocks;
        }

        blocks.AddRange(Sections(briefing.KeyFacts.Select(f => $"• {SlackText.Escape(f.Text)} _({SlackText.Escape(BlockKitReply.SourceLine(f.Source))})_")));
        if (briefing.Changes is { IsEmpty: false } changes)
        {
            var lines = new List<string> { "*What changed*" };
            lines.AddRange(changes.Added.Select(q => "*New:*\n" + Quoted(q)));
            lines.AddRange(changes.Changed.Select(c => "*Changed:*\n" + SlackText.Quote("Was: " + SlackText.Escape(c.Before.Text) + "\nNow: " + SlackText.Escape(c.After.Text))));
            lines.AddRange(changes.Removed.Select(q => "*Removed:*\n" + Quoted(q)));
            blocks.AddRange(Sections(lines));
        }

        return blocks;
    }

    private static string Quoted(Quote quote) => SlackText.Quote(SlackText.Escape(quote.Text));

    /// <summary>Fills messages up to the block limit, starting a new one at a briefing that no longer fits.</summary>
    private static List<IReadOnlyList<Block>> Split(List<IReadOnlyList<Block>> groups)
    {
        var messages = new List<IReadOnlyList<Block>>();
        var current = new List<Block>();
        foreach (var group in groups)
        {
            if (current.Count > 0 && current.Count + group.Count > BlockLimits.BlocksPerMessage)
            {
                Flush();
            }

            foreach (var block in group)
            {
                if (current.Count == BlockLimits.BlocksPerMessage)
                {
                    Flush();
                }

                // A message never starts with a divider.
                if (current.Count > 0 || block is not DividerBlock)
                {
                    current.Add(block);
                }
            }
        }

        Flush();
        return messages;

        void Flush()
        {
            if (current.Count > 0)
            {
                messages.Add([.. current]);
                current = [];
            }
        }
    }

    private static IEnumerable<Block> Sections(IEnumerable<string> lines) =>
        SlackText.Pack(lines, BlockLimits.SectionText).Select(SectionBlock.Mrkdwn);
}
