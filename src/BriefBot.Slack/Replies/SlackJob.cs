using BriefBot.Core.Chat;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Slack.BlockKit;

namespace BriefBot.Slack.Replies;

/// <summary>Work that happens after Slack got its ack: answering, recording feedback, finishing a slow slash command.</summary>
internal abstract record SlackJob : IReplyJob
{
    public abstract string Lane { get; }
}

/// <summary>
/// A question from an event, to be answered once across replicas: <paramref name="EventId"/> and
/// <paramref name="MessageKey"/> are claimed first. <paramref name="Arrived"/> is the TimeProvider timestamp of its arrival.
/// Its lane is the channel: Slack's chat.postMessage limit is per channel, and replies in one keep their order.
/// </summary>
internal sealed record AnswerJob(IncomingQuestion Question, string? EventId, string MessageKey, long Arrived) : SlackJob
{
    public override string Lane => Question.Channel;
}

internal sealed record FeedbackJob(Feedback Feedback, Uri? ResponseUrl) : SlackJob
{
    public override string Lane => "feedback:" + Feedback.Channel;
}

/// <summary>
/// Messages for a slash command's response_url: a reply that missed the 3-second ack (with its command's
/// <paramref name="Arrived"/> timestamp, to time the reply), or the later parts of a long digest (null: already replied).
/// </summary>
internal sealed record RespondLaterJob(Uri ResponseUrl, Task<IReadOnlyList<SlackMessage>> Messages, long? Arrived = null) : SlackJob
{
    // A lane of its own: the URL is a credential, and lanes are logged.
    public override string Lane { get; } = "response:" + Guid.NewGuid().ToString("N");
}
