namespace BriefBot.Slack.Events;

/// <summary>A question taken from an event, waiting to be answered; <see cref="ThreadTs"/> is where the reply goes (null: the channel itself).</summary>
internal sealed record IncomingQuestion(string Text, string Channel, string User, string? ThreadTs);
