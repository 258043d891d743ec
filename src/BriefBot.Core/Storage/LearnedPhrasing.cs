namespace BriefBot.Core.Storage;

/// <summary>A question an author taught the bot to answer with an existing entry of any kind (document, curated or learned).</summary>
public sealed record LearnedPhrasing(long Id, string EntryId, string Question, string CreatedBy, DateTimeOffset CreatedAt);
