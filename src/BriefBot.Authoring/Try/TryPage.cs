using System.Globalization;
using BriefBot.Authoring.Knowledge;
using BriefBot.Authoring.Pages;

namespace BriefBot.Authoring.Try;

/// <summary>The Try page: ask as a chat user would, see the reply as chat shows it and the top candidates with their score parts.</summary>
public static class TryPage
{
    public static Html Body(PageContext page, string question, TryResult? result, string? error)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Html.Of($"""
            <p>Ask as a chat user would. Nothing typed here is recorded as a chat question.</p>
            {Layout.Notice(error, error is not null)}
            <form method="post" action="{AuthoringPaths.Try}" class="stack">
            {page.Antiforgery}
            <label for="question">Question</label>
            <input id="question" name="question" type="text" value="{question}" required maxlength="{Learned.LearnedInput.MaxQuestionLength}">
            <button type="submit">Try</button>
            </form>
            {(result is null ? Html.Empty : Result(result))}
            """);
    }

    public static Html Result(TryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reply = result.Answered
            ? Html.Of($"""
                <div class="reply answered">
                <p class="answer">{result.Answer}</p>
                <blockquote><p>{result.Quote}</p><footer>{result.Source?.Document}{(result.Source?.Section is { } section ? Html.Of($", {section}") : Html.Empty)}</footer></blockquote>
                <p class="meta">Confidence {result.Confidence} (threshold {result.Threshold}), entry <code>{result.EntryId}</code></p>
                </div>
                """)
            : Html.Of($"""
                <div class="reply declined">
                <p class="answer">{TryResult.NotCovered}</p>
                {(result.Suggestions.Count == 0 ? Html.Empty : Html.Of($"<p>Did you mean:</p><ul>{Html.Join(result.Suggestions.Select(s => Html.Of($"<li>{s}</li>")))}</ul>"))}
                {(result.Passages.Count == 0 ? Html.Empty : Html.Of($"<p>Possibly relevant:</p>{Html.Join(result.Passages.Select(p => KnowledgePage.Quote(p.Quote)))}"))}
                <p class="meta">Best confidence {result.Confidence}, below the threshold {result.Threshold}</p>
                </div>
                """);
        return Html.Of($"""
            <section aria-labelledby="reply"><h2 id="reply">Reply</h2>{reply}</section>
            <section aria-labelledby="candidates"><h2 id="candidates">Top candidates</h2>{Candidates(result)}</section>
            """);
    }

    private static Html Candidates(TryResult result) => result.Candidates.Count == 0
        ? Html.Of($"<p>No entry shares a word with the question.</p>")
        : Html.Of($"""<ol class="candidates">{Html.Join(result.Candidates.Select(Candidate))}</ol>""");

    private static Html Candidate(Candidate candidate)
    {
        var parts = candidate.Parts.Count == 0
            ? Html.Empty
            : Html.Of($"""
                <table><caption>Parts of the score</caption>
                <thead><tr><th scope="col">Part</th><th scope="col">Value</th><th scope="col">Adds</th></tr></thead>
                <tbody>{Html.Join(candidate.Parts.Select(p => Html.Of($"<tr><th scope=\"row\">{p.Name}</th><td>{Number(p.Value)}</td><td>{Number(p.Contribution)}</td></tr>")))}</tbody>
                </table>
                """);
        return Html.Of($"""
            <li class="candidate {(candidate.Passed ? "passed" : "failed")}">
            <p><strong>{candidate.Confidence}</strong> {(candidate.Passed ? "passes the threshold" : "below the threshold")}: <span class="label">{candidate.Label}</span> <span class="meta">{candidate.Kind.ToString().ToLowerInvariant()} <code>{candidate.EntryId}</code></span></p>
            {parts}
            </li>
            """);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
