namespace BriefBot.Core.Reports;

/// <summary>
/// A question the bot declined but would have answered at a lower threshold: the entry it came closest to, how
/// close, and how often it was asked. Either the entry needs another phrasing, or the knowledge a new entry.
/// </summary>
public sealed record NearMiss(string Question, int Count, int Confidence, string EntryId, string? EntryQuestion, string? EntryAnswer);
