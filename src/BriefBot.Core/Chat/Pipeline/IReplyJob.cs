namespace BriefBot.Core.Chat.Pipeline;

/// <summary>Work that follows an ack: answering a question, recording a click, finishing a slow command.</summary>
public interface IReplyJob
{
    /// <summary>
    /// Jobs of one lane run one at a time, in the order they were taken: a channel, so its replies keep their order
    /// and its rate-limit wait holds only its own replies. Unrelated work takes a lane of its own.
    /// </summary>
    string Lane { get; }
}
