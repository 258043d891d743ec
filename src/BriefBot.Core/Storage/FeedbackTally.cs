namespace BriefBot.Core.Storage;

/// <summary>How often replies from one entry were marked helpful and not helpful.</summary>
public sealed record FeedbackTally(string EntryId, int Helpful, int NotHelpful);
