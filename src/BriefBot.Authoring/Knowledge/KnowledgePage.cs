using BriefBot.Authoring.Pages;

namespace BriefBot.Authoring.Knowledge;

/// <summary>The Knowledge page: every document's facts and FAQ entries, curated and learned entries, acronyms, synonyms, problems.</summary>
public static class KnowledgePage
{
    public static Html Body(KnowledgeView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var documents = Html.Join(view.Documents.Select(Document));
        var curated = view.Entries.Where(e => e.Kind == Core.Knowledge.EntryKind.Curated).ToList();
        var taught = view.Phrasings.ToLookup(p => p.EntryId);
        return Html.Of($"""
            <p class="summary">Fingerprint <code>{view.Fingerprint}</code>, loaded {view.LoadedAt:yyyy-MM-dd HH:mm:ss} UTC.</p>
            <form method="get" action="{AuthoringPaths.Knowledge}" role="search" class="inline">
            <label for="q">Search the knowledge</label>
            <input id="q" name="q" type="search" value="{view.Search ?? ""}">
            <button type="submit">Search</button>
            </form>
            {Problems(view)}
            <section aria-labelledby="documents"><h2 id="documents">Documents</h2>{(view.Documents.Count == 0 ? Html.Of($"<p>No document matches.</p>") : documents)}</section>
            <section aria-labelledby="curated"><h2 id="curated">Curated entries</h2>{EntryList(curated, taught)}</section>
            <section aria-labelledby="learned"><h2 id="learned">Learned entries</h2>{Learned(view)}</section>
            <section aria-labelledby="acronyms"><h2 id="acronyms">Acronyms</h2>{Acronyms(view)}</section>
            <section aria-labelledby="synonyms"><h2 id="synonyms">Synonyms</h2>{Synonyms(view)}</section>
            """);
    }

    private static Html Problems(KnowledgeView view) => view.Problems.Count == 0
        ? Html.Empty
        : Html.Of($"""<section aria-labelledby="problems" class="problems"><h2 id="problems">Problems</h2><ul>{Html.Join(view.Problems.Select(p => Html.Of($"<li><code>{p.File}</code>{(p.Line > 0 ? Html.Of($", line {p.Line}") : Html.Empty)}: {p.Message}</li>")))}</ul></section>""");

    private static Html Document(DocumentView document)
    {
        var facts = Html.Join(document.Facts.Select(f => Html.Of($"""<li id="{f.EntryId}"><span class="fact">{f.Text}</span> <span class="meta">{f.Role.ToString().ToLowerInvariant()}{(f.KeyFact ? Html.Of($", key fact") : Html.Empty)}{(f.Section is null ? Html.Empty : Html.Of($", {f.Section}"))}, line {f.Line}</span></li>""")));
        var faqs = Html.Join(document.Faqs.Select(f => Html.Of($"""
            <li id="{f.EntryId}"><p class="question">{string.Join(" / ", f.Questions)}</p><p>{f.Answer}</p>{Quote(f.Quote)}</li>
            """)));
        return Html.Of($"""
            <article class="document">
            <h3>{document.Title}</h3>
            <p class="meta"><code>{document.File}</code>{(document.Sections.Count == 0 ? Html.Empty : Html.Of($"; sections: {string.Join(", ", document.Sections)}"))}</p>
            <h4>Facts ({document.Facts.Count})</h4>
            <ul class="facts">{facts}</ul>
            {(document.Faqs.Count == 0 ? Html.Empty : Html.Of($"<h4>FAQ ({document.Faqs.Count})</h4><ul class=\"faqs\">{faqs}</ul>"))}
            </article>
            """);
    }

    public static Html Quote(QuoteView quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return Html.Of($"""<blockquote><p>{quote.Text}</p><footer>{quote.Document}{(quote.Section is null ? Html.Empty : Html.Of($", {quote.Section}"))} <code>{quote.File}</code></footer></blockquote>""");
    }

    private static Html EntryList(IReadOnlyList<EntryView> entries, ILookup<string, Core.Storage.LearnedPhrasing> taught) => entries.Count == 0
        ? Html.Of($"<p>None.</p>")
        : Html.Of($"""<ul class="entries">{Html.Join(entries.Select(e => Html.Of($"""<li id="{e.Id}"><p class="question">{string.Join(" / ", e.Questions)}</p><p>{e.Answer}</p>{Quote(e.Quote)}{Taught(taught[e.Id])}</li>""")))}</ul>""");

    private static Html Taught(IEnumerable<Core.Storage.LearnedPhrasing> phrasings)
    {
        var list = phrasings.ToList();
        return list.Count == 0
            ? Html.Empty
            : Html.Of($"<p class=\"meta\">Taught: {string.Join(" / ", list.Select(p => p.Question))}</p>");
    }

    private static Html Learned(KnowledgeView view) => view.Learned.Count == 0
        ? Html.Of($"<p>None yet: write one from the <a href=\"{AuthoringPaths.Unanswered}\">Unanswered</a> page.</p>")
        : Html.Of($"""<ul class="entries">{Html.Join(view.Learned.Select(e => Html.Of($"""<li id="{e.Id}"><p class="question">{string.Join(" / ", e.Questions)}</p><p>{e.Answer}</p><p class="meta">written by {e.UpdatedBy} on {e.UpdatedAt:yyyy-MM-dd}</p></li>""")))}</ul>""");

    private static Html Acronyms(KnowledgeView view) => view.Acronyms.Count == 0
        ? Html.Of($"<p>None.</p>")
        : Html.Of($"""<dl class="pairs">{Html.Join(view.Acronyms.Select(a => Html.Of($"<dt>{a.Short}</dt><dd>{a.Long} <span class=\"meta\">{a.Document}, line {a.Line}</span></dd>")))}</dl>""");

    private static Html Synonyms(KnowledgeView view) => view.Synonyms.Count == 0
        ? Html.Of($"<p>None.</p>")
        : Html.Of($"""<ul>{Html.Join(view.Synonyms.Select(s => Html.Of($"<li>{string.Join(" = ", s)}</li>")))}</ul>""");
}
