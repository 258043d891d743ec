using BriefBot.Authoring.Knowledge;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Reports;
using BriefBot.Core.Storage;

namespace BriefBot.Authoring.Unanswered;

/// <summary>
/// The Unanswered page and <c>GET /authoring/api/unanswered</c>: questions answered and declined per day, the
/// declined questions grouped as <c>report</c> groups them (each checked against the knowledge served now, so a
/// question just taught shows as answered), the near misses and the entries marked "Not helpful" most.
/// </summary>
public sealed record UnansweredView(
    DateTimeOffset From,
    DateTimeOffset To,
    int Questions,
    int Answered,
    IReadOnlyList<DayCount> Days,
    IReadOnlyList<DeclinedQuestion> Declined,
    IReadOnlyList<NearMiss> NearMisses,
    IReadOnlyList<EntryFeedback> NotHelpful)
{
    public const int MaxDays = 366;
    public const int MaxGroups = 50;
    private const int ClosestEntries = 5;

    public static async Task<UnansweredView> BuildAsync(IBriefBotStore store, KnowledgeSource knowledge, DateTimeOffset now, int days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(knowledge);
        var firstDay = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1 - days);
        var from = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var questions = await store.GetQuestionsAsync(from, now, cancellationToken).ConfigureAwait(false);
        var feedback = await store.GetFeedbackAsync(from, now, cancellationToken).ConfigureAwait(false);
        var matcher = knowledge.Current;
        var report = ReportBuilder.Build(from, now, questions, feedback, matcher.Knowledge, matcher.Options.Threshold, MaxGroups);
        var perDay = questions.ToLookup(q => DateOnly.FromDateTime(q.At.UtcDateTime));
        var chart = Enumerable.Range(0, days)
            .Select(i => firstDay.AddDays(i))
            .Select(d => new DayCount(d, perDay[d].Count(q => q.Answered), perDay[d].Count(q => !q.Answered)))
            .ToList();
        var declined = report.MostAskedUnanswered.Select(g =>
        {
            var match = matcher.Match(g.Question);
            var closest = match.Ranked.Take(ClosestEntries).Select(r => new EntryChoice(r.Entry.Id, EntryView.Label(r.Entry), r.Confidence)).ToList();
            return new DeclinedQuestion(g.Question, g.Count, match.Answered, match.Answered ? match.Best!.Entry.Answer : null, closest);
        }).ToList();
        return new UnansweredView(from, now, report.Questions, report.Answered, chart, declined, report.NearMisses, report.MostNotHelpful);
    }
}

/// <summary>How many questions of one UTC day were answered and declined.</summary>
public sealed record DayCount(DateOnly Day, int Answered, int Declined);

/// <summary>
/// A declined question (near-identical ones counted together), whether the knowledge served now answers it and
/// with what, and the entries it came closest to (offered for "Add as a phrasing of…").
/// </summary>
public sealed record DeclinedQuestion(string Question, int Count, bool AnsweredNow, string? AnswerNow, IReadOnlyList<EntryChoice> Closest);

/// <summary>An entry offered to pick, with how close the question came to it.</summary>
public sealed record EntryChoice(string EntryId, string Label, int Confidence);
