using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;

namespace BriefBot.Core.Reports;

public static class ReportBuilder
{
    /// <summary>How far below the threshold a declined question still counts as a near miss.</summary>
    public const int NearMissMargin = 15;

    public static KnowledgeReport Build(
        DateTimeOffset from,
        DateTimeOffset to,
        IReadOnlyList<AskedQuestion> questions,
        IReadOnlyList<FeedbackTally> feedback,
        KnowledgeBase knowledge,
        int threshold,
        int max)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(knowledge);
        var entries = knowledge.Entries.ToDictionary(e => e.Id);
        var declined = questions.Where(q => !q.Answered).ToList();

        var notHelpful = feedback
            .Where(f => f.NotHelpful > 0)
            .OrderByDescending(f => f.NotHelpful)
            .ThenBy(f => f.Helpful)
            .Take(max)
            .Select(f => entries.TryGetValue(f.EntryId, out var e)
                ? new EntryFeedback(f.EntryId, e.DisplayQuestion, e.Answer, f.NotHelpful, f.Helpful)
                : new EntryFeedback(f.EntryId, null, null, f.NotHelpful, f.Helpful))
            .ToList();

        var nearMisses = declined
            .Where(q => q.EntryId is not null && q.Confidence >= threshold - NearMissMargin)
            .GroupBy(q => q.EntryId!)
            .SelectMany(byEntry => QuestionGroups.Group(byEntry.Select(q => q.Text), max).Select(g =>
            {
                var confidence = byEntry.Where(q => q.Text.Trim() == g.Question).Select(q => q.Confidence).DefaultIfEmpty(0).Max();
                var entry = entries.GetValueOrDefault(byEntry.Key);
                return new NearMiss(g.Question, g.Count, confidence, byEntry.Key, entry?.DisplayQuestion, entry?.Answer);
            }))
            .OrderByDescending(n => n.Count)
            .ThenByDescending(n => n.Confidence)
            .Take(max)
            .ToList();

        return new KnowledgeReport(
            from,
            to,
            questions.Count,
            questions.Count(q => q.Answered),
            questions.Select(q => q.AskerHash).OfType<string>().Distinct(StringComparer.Ordinal).Count(),
            QuestionGroups.Group(declined.Select(q => q.Text), max),
            notHelpful,
            nearMisses);
    }
}
