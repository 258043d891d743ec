namespace BriefBot.Core.Chat;

/// <summary>A "Helpful" / "Not helpful" click on a reply that answered with <see cref="EntryId"/>.</summary>
public sealed record Feedback(string EntryId, bool Helpful, string Platform, string Channel, string? User)
{
    /// <summary>The knowledge folder (its full path) that gave the reply; null when not known (recorded before BriefBot kept it).</summary>
    public string? Knowledge { get; init; }
}
