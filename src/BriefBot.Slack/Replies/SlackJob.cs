using BriefBot.Core.Chat;
using BriefBot.Slack.BlockKit;
using BriefBot.Slack.Events;

namespace BriefBot.Slack.Replies;

/// <summary>Work that happens after Slack got its ack: answering, recording feedback, finishing a slow slash command.</summary>
internal abstract record SlackJob;

/// <summary>
/// A question from an event, to be answered once across replicas: <paramref name="EventId"/> and
/// <paramref name="MessageKey"/> are claimed first. <paramref name="Arrived"/> is the TimeProvider timestamp of its arrival.
/// </summary>
internal sealed record AnswerJob(IncomingQuestion Question, string? EventId, string MessageKey, long Arrived) : SlackJob;

internal sealed record FeedbackJob(Feedback Feedback, Uri? ResponseUrl) : SlackJob;

/// <summary>
/// Messages for a slash command's response_url: a reply that missed the 3-second ack (with its command's
/// <paramref name="Arrived"/> timestamp, to time the reply), or the later parts of a long digest (null: already replied).
/// </summary>
internal sealed record RespondLaterJob(Uri ResponseUrl, Task<IReadOnlyList<SlackMessage>> Messages, long? Arrived = null) : SlackJob;
