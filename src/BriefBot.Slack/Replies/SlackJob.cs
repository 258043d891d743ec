using BriefBot.Core.Chat;
using BriefBot.Slack.BlockKit;
using BriefBot.Slack.Events;

namespace BriefBot.Slack.Replies;

/// <summary>Work that happens after Slack got its ack: answering, recording feedback, finishing a slow slash command.</summary>
internal abstract record SlackJob;

internal sealed record AnswerJob(IncomingQuestion Question) : SlackJob;

internal sealed record FeedbackJob(Feedback Feedback, Uri? ResponseUrl) : SlackJob;

/// <summary>Messages for a slash command's response_url: a reply that missed the 3-second ack, or the later parts of a long digest.</summary>
internal sealed record RespondLaterJob(Uri ResponseUrl, Task<IReadOnlyList<SlackMessage>> Messages) : SlackJob;
