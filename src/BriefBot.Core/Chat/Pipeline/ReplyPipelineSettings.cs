namespace BriefBot.Core.Chat.Pipeline;

/// <summary>
/// One adapter's pipeline: its platform (for metrics and logs), how many jobs it holds at most (queued and running),
/// and how many run at once. Consumers wait on the network, not the CPU, so many are cheap.
/// </summary>
public sealed record ReplyPipelineSettings<TJob>(string Platform, int Capacity, int Consumers)
    where TJob : IReplyJob;
