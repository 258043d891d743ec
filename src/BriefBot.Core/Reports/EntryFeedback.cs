namespace BriefBot.Core.Reports;

/// <summary>An entry and the clicks on replies it gave. <see cref="Question"/> and <see cref="Answer"/> are null when the entry is no longer in the knowledge.</summary>
public sealed record EntryFeedback(string EntryId, string? Question, string? Answer, int NotHelpful, int Helpful);
