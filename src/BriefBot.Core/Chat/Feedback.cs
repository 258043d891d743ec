namespace BriefBot.Core.Chat;

/// <summary>A "Helpful" / "Not helpful" click on a reply that answered with <see cref="EntryId"/>.</summary>
public sealed record Feedback(string EntryId, bool Helpful, string Platform, string Channel, string? User);
