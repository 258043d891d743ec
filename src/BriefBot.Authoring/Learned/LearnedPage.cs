using BriefBot.Authoring.Pages;
using BriefBot.Core.Storage;

namespace BriefBot.Authoring.Learned;

/// <summary>The Learned entries page: each entry with who wrote it and when, an edit form and delete; taught phrasings; recent changes; export.</summary>
public static class LearnedPage
{
    public static Html Body(PageContext page, LearnedKnowledge learned, IReadOnlyList<LearnedChange> changes, string? notice, bool error)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(learned);
        ArgumentNullException.ThrowIfNull(changes);
        var entries = learned.Entries.Count == 0
            ? Html.Of($"<p>No learned entries yet: write one from the <a href=\"{AuthoringPaths.Unanswered}\">Unanswered</a> page.</p>")
            : Html.Of($"""<ul class="entries">{Html.Join(learned.Entries.Select(e => Entry(page, e)))}</ul>""");
        var phrasings = learned.Phrasings.Count == 0
            ? Html.Of($"<p>None.</p>")
            : Html.Of($"""<ul>{Html.Join(learned.Phrasings.Select(p => Html.Of($"""<li><span class="question">{p.Question}</span> → <code>{p.EntryId}</code> <span class="meta">by {p.CreatedBy} on {p.CreatedAt:yyyy-MM-dd}</span> <form method="post" action="{AuthoringPaths.Learned}/phrasings/{p.Id}/delete" class="inline">{page.Antiforgery}<button type="submit">Remove</button></form></li>""")))}</ul>""");
        return Html.Of($"""
            {Layout.Notice(notice, error)}
            <p><a class="button" href="{AuthoringPaths.Export}" download="learned.json">Export as a curated JSON file</a> <span class="meta">to commit into <code>knowledge/</code> (the same file as the <code>export</code> command writes)</span></p>
            <section aria-labelledby="entries"><h2 id="entries">Entries ({learned.Entries.Count})</h2>{entries}</section>
            <section aria-labelledby="phrasings"><h2 id="phrasings">Taught phrasings ({learned.Phrasings.Count})</h2>{phrasings}</section>
            <section aria-labelledby="changes"><h2 id="changes">Recent changes</h2>{Changes(page, changes)}</section>
            """);
    }

    private static Html Entry(PageContext page, LearnedEntry entry) => Html.Of($"""
        <li id="{entry.Id}">
        <p class="question">{entry.Questions[0]}</p>
        <p>{entry.Answer}</p>
        <p class="meta">written by {entry.CreatedBy} on {entry.CreatedAt:yyyy-MM-dd HH:mm}{(entry.UpdatedAt != entry.CreatedAt ? Html.Of($", last edited by {entry.UpdatedBy} on {entry.UpdatedAt:yyyy-MM-dd HH:mm}") : Html.Empty)} <code>{entry.Id}</code></p>
        <details><summary>Edit</summary>
        <form method="post" action="{AuthoringPaths.Learned}/{entry.Id}/edit" class="stack">
        {page.Antiforgery}
        <label for="q-{entry.Id}">Questions (one per line)</label>
        <textarea id="q-{entry.Id}" name="questions" rows="3" required>{string.Join('\n', entry.Questions)}</textarea>
        <label for="a-{entry.Id}">Answer</label>
        <textarea id="a-{entry.Id}" name="answer" rows="4" required maxlength="{LearnedInput.MaxAnswerLength}">{entry.Answer}</textarea>
        <button type="submit">Save</button>
        </form>
        </details>
        <form method="post" action="{AuthoringPaths.Learned}/{entry.Id}/delete" class="inline">{page.Antiforgery}<button type="submit" class="danger">Delete</button></form>
        </li>
        """);

    private static Html Changes(PageContext page, IReadOnlyList<LearnedChange> changes) => changes.Count == 0
        ? Html.Of($"<p>None.</p>")
        : Html.Of($"""<ul class="changes">{Html.Join(changes.Select(c => Change(page, c)))}</ul>""");

    private static Html Change(PageContext page, LearnedChange change)
    {
        var what = change.Kind switch
        {
            LearnedChangeKind.EntryAdded => "added",
            LearnedChangeKind.EntryEdited => "edited",
            LearnedChangeKind.EntryDeleted => "deleted",
            LearnedChangeKind.PhrasingAdded => "taught a phrasing to",
            _ => "removed a phrasing of",
        };
        var before = change.Before is { } b ? Html.Of($"<p class=\"meta\">It was: {string.Join(" / ", b.Questions)}: {b.Answer}</p>") : Html.Empty;
        var phrasing = change.Phrasing is { } p ? Html.Of($" <span class=\"question\">{p}</span>") : Html.Empty;
        var undo = Html.Of($"""<form method="post" action="{AuthoringPaths.Learned}/changes/{change.Id}/undo" class="inline">{page.Antiforgery}<button type="submit" aria-label="Undo: {change.Author} {what} {change.EntryId}">Undo</button></form>""");
        return Html.Of($"<li>{change.At:yyyy-MM-dd HH:mm} {change.Author} {what} <code>{change.EntryId}</code>{phrasing}{before} {undo}</li>");
    }
}
