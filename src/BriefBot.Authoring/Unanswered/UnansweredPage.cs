using BriefBot.Authoring.Pages;

namespace BriefBot.Authoring.Unanswered;

/// <summary>
/// The Unanswered page: the per-day chart, then each declined question with its two ways to fix it, "Add as a
/// phrasing of…" (an entry it came close to) and "Write an answer", near misses and "Not helpful" entries.
/// </summary>
public static class UnansweredPage
{
    public static readonly int[] Periods = [1, 7, 30, 90];

    public static Html Body(PageContext page, UnansweredView view, int days, string? notice, bool error)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(view);
        var periods = Html.Join(Periods.Select(d => d == days
            ? Html.Of($"<li><a href=\"{AuthoringPaths.Unanswered}?days={d}\" aria-current=\"true\">{Period(d)}</a></li>")
            : Html.Of($"<li><a href=\"{AuthoringPaths.Unanswered}?days={d}\">{Period(d)}</a></li>")));
        return Html.Of($"""
            {Layout.Notice(notice, error)}
            <nav aria-label="Period"><ul class="periods">{periods}</ul></nav>
            <p class="summary">{view.Questions} questions from {view.From:yyyy-MM-dd} to {view.To:yyyy-MM-dd}: {view.Answered} answered, {view.Questions - view.Answered} declined.</p>
            <section aria-labelledby="per-day"><h2 id="per-day">Answered and declined per day</h2>{DayChart.Render(view.Days)}</section>
            <section aria-labelledby="declined"><h2 id="declined">Declined questions</h2>{Declined(page, view, days)}</section>
            <section aria-labelledby="near"><h2 id="near">Near misses</h2>{NearMisses(view)}</section>
            <section aria-labelledby="not-helpful"><h2 id="not-helpful">Marked "Not helpful" most</h2>{NotHelpful(view)}</section>
            """);
    }

    private static string Period(int days) => days == 1 ? "1 day" : $"{days} days";

    private static Html Declined(PageContext page, UnansweredView view, int days) => view.Declined.Count == 0
        ? Html.Of($"<p>No question was declined in this period.</p>")
        : Html.Of($"""<ol class="declined">{Html.Join(view.Declined.Select((q, i) => Question(page, q, i, days)))}</ol>""");

    private static Html Question(PageContext page, DeclinedQuestion question, int index, int days)
    {
        var status = question.AnsweredNow
            ? Html.Of($"<p class=\"now answered\" role=\"status\">Answered now: {question.AnswerNow}</p>")
            : Html.Of($"<p class=\"now\">Still declined.</p>");
        var choices = Html.Join(question.Closest.Select(c => Html.Of($"<option value=\"{c.EntryId}\">{c.Label} ({c.Confidence})</option>")));
        var phrasing = question.Closest.Count == 0
            ? Html.Of($"<p class=\"meta\">No entry came close; write an answer instead.</p>")
            : Html.Of($"""
                <form method="post" action="{AuthoringPaths.Unanswered}/phrasing" class="stack">
                {page.Antiforgery}
                <input type="hidden" name="question" value="{question.Question}">
                <input type="hidden" name="days" value="{days}">
                <label for="entry-{index}">Add as a phrasing of…</label>
                <select id="entry-{index}" name="entryId">{choices}</select>
                <button type="submit">Add phrasing</button>
                </form>
                """);
        return Html.Of($"""
            <li>
            <h3 class="question">{question.Question}</h3>
            <p class="meta">Asked {question.Count} {(question.Count == 1 ? "time" : "times")}</p>
            {status}
            {phrasing}
            <details>
            <summary>Write an answer</summary>
            <form method="post" action="{AuthoringPaths.Unanswered}/answer" class="stack">
            {page.Antiforgery}
            <input type="hidden" name="days" value="{days}">
            <label for="questions-{index}">Questions (one per line; the first is shown)</label>
            <textarea id="questions-{index}" name="questions" rows="3" required>{question.Question}</textarea>
            <label for="answer-{index}">Answer</label>
            <textarea id="answer-{index}" name="answer" rows="4" required maxlength="{Learned.LearnedInput.MaxAnswerLength}"></textarea>
            <button type="submit">Save answer</button>
            </form>
            </details>
            </li>
            """);
    }

    private static Html NearMisses(UnansweredView view) => view.NearMisses.Count == 0
        ? Html.Of($"<p>None.</p>")
        : Html.Of($"""<ul>{Html.Join(view.NearMisses.Select(n => Html.Of($"<li><span class=\"question\">{n.Question}</span> ({n.Count}×, confidence {n.Confidence}) came closest to <a href=\"{AuthoringPaths.Knowledge}?q={Uri.EscapeDataString(n.EntryQuestion ?? n.EntryAnswer ?? n.EntryId)}\">{n.EntryQuestion ?? n.EntryAnswer ?? n.EntryId}</a></li>")))}</ul>""");

    private static Html NotHelpful(UnansweredView view) => view.NotHelpful.Count == 0
        ? Html.Of($"<p>None.</p>")
        : Html.Of($"""<ul>{Html.Join(view.NotHelpful.Select(f => Html.Of($"<li>{f.Question ?? f.Answer ?? f.EntryId}: {f.NotHelpful} not helpful, {f.Helpful} helpful <code>{f.EntryId}</code></li>")))}</ul>""");
}
