using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;

namespace BriefBot.Authoring.Knowledge;

/// <summary>
/// What the bot knows, as the Knowledge page and <c>GET /authoring/api/knowledge</c> show it. With a search, only
/// the facts and entries whose words contain it are kept.
/// </summary>
public sealed record KnowledgeView(
    string Fingerprint,
    DateTimeOffset LoadedAt,
    string? Search,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<EntryView> Entries,
    IReadOnlyList<LearnedEntry> Learned,
    IReadOnlyList<LearnedPhrasing> Phrasings,
    IReadOnlyList<AcronymView> Acronyms,
    IReadOnlyList<IReadOnlyList<string>> Synonyms,
    IReadOnlyList<KnowledgeProblem> Problems)
{
    public static KnowledgeView Of(KnowledgeSource source, string? search)
    {
        ArgumentNullException.ThrowIfNull(source);
        var knowledge = source.Current.Knowledge;
        var status = source.Status;
        var learned = source.Learned;
        var term = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        bool Hit(params IEnumerable<string?> texts) => term is null || texts.Any(t => t?.Contains(term, StringComparison.OrdinalIgnoreCase) == true);

        var byId = knowledge.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var documents = knowledge.Briefings
            .Select(b => new DocumentView(
                b.Title,
                b.File,
                b.Sections,
                [.. b.FactSentences
                    .Select(s => new FactView(EntryId.For(EntryKind.Fact, b.File, s.Text), s.Text, s.Section, s.Line, s.Role, s.Role is SentenceRole.Lead or SentenceRole.Bullet))
                    .Where(f => Hit(f.Text, f.Section))],
                [.. b.Faqs
                    .Select(f => byId.GetValueOrDefault(EntryId.For(EntryKind.Faq, b.File, f.Question.Text)))
                    .OfType<KnowledgeEntry>()
                    .Where(e => Hit([e.Answer, .. e.Questions]))
                    .Select(e => new FaqView(e.Id, e.Questions, e.Answer, QuoteView.Of(e.Quote)))]))
            .Where(d => term is null || d.Facts.Count > 0 || d.Faqs.Count > 0 || Hit(d.Title))
            .ToList();
        return new KnowledgeView(
            status.Fingerprint,
            status.LoadedAt,
            term,
            documents,
            [.. knowledge.Entries.Where(e => Hit([e.Answer, e.Quote.Text, .. e.Questions])).Select(EntryView.Of)],
            [.. learned.Entries.Where(e => Hit([e.Answer, .. e.Questions]))],
            [.. learned.Phrasings.Where(p => Hit(p.Question))],
            [.. knowledge.Acronyms.Where(a => Hit(a.Short, a.Long)).Select(a => new AcronymView(a.Short, a.Long, a.Document, a.File, a.DefinedIn.Line))],
            [.. knowledge.Synonyms.Where(s => Hit(s.Terms)).Select(s => s.Terms)],
            status.Problems);
    }
}

/// <summary>An acronym a document defines, and where.</summary>
public sealed record AcronymView(string Short, string Long, string Document, string File, int Line);
