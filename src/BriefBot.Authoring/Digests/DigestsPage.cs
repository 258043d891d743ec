using BriefBot.Authoring.Pages;
using BriefBot.Core.Replies;
using BriefBot.Core.Storage;

namespace BriefBot.Authoring.Digests;

/// <summary>The Digests page: each configured digest's preview and its recent runs with their outcomes.</summary>
public static class DigestsPage
{
    public static Html Body(IReadOnlyList<DigestView> digests)
    {
        ArgumentNullException.ThrowIfNull(digests);
        return digests.Count == 0
            ? Html.Of($"<p>No digest is configured (see <code>Digests</code> in the README).</p>")
            : Html.Join(digests.Select(Digest));
    }

    private static Html Digest(DigestView digest)
    {
        var run = digest.LatestRun is { } r
            ? Html.Of($"""
                <p>Latest run: due {r.DueAt:yyyy-MM-dd HH:mm} UTC, <strong>{r.State.ToString().ToLowerInvariant()}</strong> at {r.UpdatedAt:yyyy-MM-dd HH:mm}{(r.Note is { } note ? Html.Of($" ({note})") : Html.Empty)}</p>
                <h3>Recent runs</h3>
                <table class="runs"><thead><tr><th scope="col">Due (UTC)</th><th scope="col">Outcome</th><th scope="col">At (UTC)</th><th scope="col">Note</th></tr></thead>
                <tbody>{Html.Join(digest.RecentRuns.Select(Run))}</tbody></table>
                """)
            : Html.Of($"<p>It has not run yet.</p>");
        var briefings = Html.Join(digest.Preview.Briefings.Select(b => b.Unchanged
            ? Html.Of($"<h4>{b.Title}</h4><p>No changes since the last digest.</p>")
            : Html.Of($"<h4>{b.Title}</h4><ul>{Html.Join(b.KeyFacts.Select(Fact))}</ul>{Changes(b.Changes)}")));
        var unanswered = digest.Preview.Unanswered.Count == 0
            ? Html.Empty
            : Html.Of($"<h4>Asked and not answered</h4><ul>{Html.Join(digest.Preview.Unanswered.Select(u => Html.Of($"<li>{u.Question} ({u.Count})</li>")))}</ul>");
        return Html.Of($"""
            <section aria-labelledby="digest-{digest.Name}" class="digest">
            <h2 id="digest-{digest.Name}">{digest.Name}</h2>
            <p class="meta">{digest.Platform} <code>{digest.Channel}</code>, <code>{digest.Schedule}</code> ({digest.TimeZone})</p>
            {run}
            <h3>Preview</h3>
            {briefings}
            {unanswered}
            </section>
            """);
    }

    private static Html Run(DigestRun r) =>
        Html.Of($"<tr><td>{r.DueAt:yyyy-MM-dd HH:mm}</td><td><strong>{r.State.ToString().ToLowerInvariant()}</strong></td><td>{r.UpdatedAt:yyyy-MM-dd HH:mm}</td><td>{r.Note ?? ""}</td></tr>");

    private static Html Fact(Quote quote) => Html.Of($"<li>{quote.Text}{(quote.Source.Section is { } s ? Html.Of($" <span class=\"meta\">{s}</span>") : Html.Empty)}</li>");

    private static Html Changes(Core.Digests.DigestChanges? changes) => changes is null
        ? Html.Empty
        : Html.Of($"<p class=\"meta\">{changes.Added.Count} new, {changes.Changed.Count} reworded, {changes.Removed.Count} removed since the last digest.</p>");
}
