namespace BriefBot.Slack.BlockKit;

/// <summary>Block Kit's documented limits; Slack rejects a message (invalid_blocks) that exceeds one.</summary>
internal static class BlockLimits
{
    public const int SectionText = 3_000;
    public const int BlocksPerMessage = 50;
    public const int HeaderText = 150;

    /// <summary>Slack truncates message text past 40,000 characters; the fallback only feeds notifications, so far less is kept.</summary>
    public const int FallbackText = 3_000;
}
