namespace BriefBot.Core.Chat;

/// <summary>
/// A question an adapter took from a chat event, waiting to be answered: the <see cref="Question"/> itself, the id
/// of the message that asked it (<paramref name="MessageId"/>: Slack's ts, Discord's message id), and where the reply
/// goes when not in the channel itself (<paramref name="Thread"/>: a Slack thread ts; null on Discord, which replies
/// to the message).
/// </summary>
public sealed record IncomingQuestion(Question Question, string MessageId, string? Thread = null)
{
    public string Channel => Question.Channel;
}
