namespace BriefBot.Core.Chat;

/// <summary>
/// A question as an adapter received it: its text, the platform ("slack", "discord", "console"), the channel, and
/// the asker's platform user id (never stored in clear).
/// </summary>
public sealed record Question(string Text, string Platform, string Channel, string? User);
