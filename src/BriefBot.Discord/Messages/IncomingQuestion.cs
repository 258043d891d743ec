namespace BriefBot.Discord.Messages;

/// <summary>A channel message the bot will answer: where it was, who asked, and the question without the bot's mention.</summary>
internal sealed record IncomingQuestion(string MessageId, string ChannelId, string? GuildId, string UserId, string Text);
