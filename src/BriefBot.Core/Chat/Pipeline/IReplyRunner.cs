namespace BriefBot.Core.Chat.Pipeline;

/// <summary>Does one job of a <see cref="ReplyPipeline{TJob}"/>: the adapter's part.</summary>
public interface IReplyRunner<TJob>
    where TJob : IReplyJob
{
    /// <summary>
    /// Does <paramref name="job"/>. Returns the job that must follow it (a deferred answer's follow-up), or null; the
    /// pipeline takes that one even while it drains, since what it continues was acknowledged already.
    /// </summary>
    Task<TJob?> RunAsync(TJob job, CancellationToken cancellationToken);
}
