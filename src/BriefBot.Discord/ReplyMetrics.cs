using BriefBot.Core.Operations;

namespace BriefBot.Discord;

internal static class ReplyMetrics
{
    /// <summary>Discord accepted a reply to a question that arrived at <paramref name="receivedAt"/>; the duration is read from the same clock.</summary>
    public static void DiscordReplySent(this BriefBotMetrics metrics, TimeProvider time, DateTimeOffset receivedAt) =>
        metrics.ReplySent(DiscordChatAdapter.PlatformName, time.GetUtcNow() - receivedAt);
}
