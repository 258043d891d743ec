namespace BriefBot.Discord.Messages;

/// <summary>
/// A channel message the bot will answer: where it was, who asked, the question without the bot's mention, and
/// when the Gateway delivered it (reply durations are measured from then).
/// </summary>
internal sealed record IncomingQuestion(string MessageId, string ChannelId, string? GuildId, string UserId, string Text, DateTimeOffset ReceivedAt);
