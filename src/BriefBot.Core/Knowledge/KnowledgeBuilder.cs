using BriefBot.Core.Replies;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Builds the answerable entries from parsed briefings and curated files: every fact sentence, every FAQ pair
/// (quoting the body sentence that supports it best), every acronym a document defines, every curated Q&amp;A.
/// </summary>
public static class KnowledgeBuilder
{
    private const float MinimumSupport = 0.4f;
    private const float MinimumCuratedSupport = 0.6f;

    public static KnowledgeBase Build(IReadOnlyList<Briefing> briefings, IReadOnlyList<CuratedFile> curated, IReadOnlyList<KnowledgeProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(briefings);
        ArgumentNullException.ThrowIfNull(curated);
        var entries = new List<KnowledgeEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = new Dictionary<string, Acronym>(StringComparer.Ordinal);
        var allFacts = new List<(DocumentSentence, KnowledgeEntry)>();

        var briefingOf = new Dictionary<DocumentSentence, Briefing>(ReferenceEqualityComparer.Instance);
        foreach (var briefing in briefings)
        {
            foreach (var sentence in briefing.FactSentences)
            {
                var entry = new KnowledgeEntry(
                    EntryId.For(EntryKind.Fact, briefing.File, sentence.Text),
                    EntryKind.Fact,
                    [],
                    sentence.Text,
                    QuoteOf(briefing, sentence),
                    sentence.Role is SentenceRole.Lead or SentenceRole.Bullet);
                if (seen.Add(entry.Id))
                {
                    allFacts.Add((sentence, entry));
                    entries.Add(entry);
                    briefingOf[sentence] = briefing;
                }
            }
        }

        var linker = new SupportLinker(allFacts);
        foreach (var briefing in briefings)
        {
            foreach (var faq in briefing.Faqs)
            {
                var support = linker.Best(faq.AnswerText, briefing.File);
                var quoted = support is { Support: >= MinimumSupport } s ? s.Sentence : faq.Answer[0];
                var entry = new KnowledgeEntry(
                    EntryId.For(EntryKind.Faq, briefing.File, faq.Question.Text),
                    EntryKind.Faq,
                    [faq.Question.Text],
                    faq.AnswerText,
                    QuoteOf(briefing, quoted));
                if (seen.Add(entry.Id))
                {
                    entries.Add(entry);
                }
            }

            foreach (var sentence in briefing.Sentences.Where(s => s.Role != SentenceRole.Title))
            {
                foreach (var (shortForm, longForm) in AcronymFinder.Find(sentence.Text))
                {
                    acronyms.TryAdd(shortForm, new Acronym(shortForm, longForm, sentence, briefing.File, briefing.Title));
                }
            }
        }

        var briefingByFile = briefings.ToDictionary(b => b.File);
        foreach (var acronym in acronyms.Values)
        {
            var briefing = briefingByFile[acronym.File];
            entries.Add(new KnowledgeEntry(
                EntryId.For(EntryKind.Definition, acronym.File, acronym.Short),
                EntryKind.Definition,
                [$"What is {acronym.Short}?", $"What does {acronym.Short} stand for?"],
                $"{acronym.Short} stands for {acronym.Long}.",
                QuoteOf(briefing, acronym.DefinedIn)));
        }

        foreach (var file in curated)
        {
            foreach (var item in file.Entries)
            {
                var support = linker.Best(item.Answer);
                var quote = support is { Support: >= MinimumCuratedSupport } s
                    ? QuoteOf(briefingOf[s.Sentence], s.Sentence)
                    : new Quote(FirstSentence(item.Answer), new SourceRef(file.Title, null, file.File));
                var entry = new KnowledgeEntry(EntryId.For(EntryKind.Curated, file.File, item.Questions[0]), EntryKind.Curated, item.Questions, item.Answer, quote);
                if (seen.Add(entry.Id))
                {
                    entries.Add(entry);
                }
            }
        }

        return new KnowledgeBase(
            briefings,
            entries,
            [.. curated.SelectMany(c => c.Synonyms)],
            [.. acronyms.Values],
            problems,
            EntryId.Fingerprint(entries));
    }

    private static Quote QuoteOf(Briefing briefing, DocumentSentence sentence) =>
        new(sentence.Text, new SourceRef(briefing.Title, sentence.Section, briefing.File));

    private static string FirstSentence(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        return sentences.Count > 0 ? sentences[0] : text;
    }
}
