using BriefBot.Core.Matching;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Builds the answerable entries from parsed briefings and curated files: every fact sentence, every FAQ pair
/// (quoting the body sentence that supports it best), every acronym a document defines, every curated Q&amp;A. The
/// index built to find those supporting sentences is the one the matcher then answers from.
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
        var sentenceOfFact = new Dictionary<int, DocumentSentence>();
        var briefingOfSentence = new Dictionary<DocumentSentence, Briefing>(ReferenceEqualityComparer.Instance);
        var faqs = new List<(int Entry, Briefing Briefing, FaqPair Faq)>();

        void Add(KnowledgeEntry entry)
        {
            if (seen.Add(entry.Id))
            {
                entries.Add(entry);
            }
        }

        foreach (var briefing in briefings)
        {
            foreach (var sentence in briefing.FactSentences)
            {
                var before = entries.Count;
                Add(new KnowledgeEntry(
                    EntryId.For(EntryKind.Fact, briefing.File, sentence.Text),
                    EntryKind.Fact,
                    [],
                    sentence.Text,
                    briefing.QuoteOf(sentence),
                    sentence.Role is SentenceRole.Lead or SentenceRole.Bullet));
                if (entries.Count > before)
                {
                    sentenceOfFact[before] = sentence;
                    briefingOfSentence[sentence] = briefing;
                }
            }

            foreach (var faq in briefing.Faqs)
            {
                var before = entries.Count;
                // Quoting the answer itself for now; the supporting body sentence is found once everything is indexed.
                var own = AnswerSentence.WithContent(faq.Answer, s => s.Text);
                Add(new KnowledgeEntry(EntryId.For(EntryKind.Faq, briefing.File, faq.Question.Text), EntryKind.Faq, [faq.Question.Text], faq.AnswerText, briefing.QuoteOf(own)));
                if (entries.Count > before)
                {
                    faqs.Add((before, briefing, faq));
                }
            }

            foreach (var sentence in briefing.Sentences.Where(s => s.Role != SentenceRole.Title && s.Text.Contains('(', StringComparison.Ordinal)))
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
            Add(new KnowledgeEntry(
                EntryId.For(EntryKind.Definition, acronym.File, acronym.Short),
                EntryKind.Definition,
                [$"What is {acronym.Short}?", $"What does {acronym.Short} stand for?"],
                $"{acronym.Short} stands for {acronym.Long}.",
                briefingByFile[acronym.File].QuoteOf(acronym.DefinedIn)));
        }

        var curatedEntries = new List<int>();
        foreach (var file in curated)
        {
            foreach (var item in file.Entries)
            {
                var before = entries.Count;
                Add(new KnowledgeEntry(
                    EntryId.For(EntryKind.Curated, file.File, item.Questions[0]),
                    EntryKind.Curated,
                    item.Questions,
                    item.Answer,
                    new Quote(FirstSentence(item.Answer), new SourceRef(file.Title, null, file.File))));
                if (entries.Count > before)
                {
                    curatedEntries.Add(before);
                }
            }
        }

        var synonyms = curated.SelectMany(c => c.Synonyms).ToList();
        var acronymList = acronyms.Values.ToList();
        var index = KnowledgeIndex.Build(entries, synonyms, acronymList);
        var linker = new SupportLinker(index, sentenceOfFact);
        foreach (var (entry, briefing, faq) in faqs)
        {
            if (linker.Best(faq.AnswerText, briefing.File) is { Support: >= MinimumSupport } support)
            {
                entries[entry] = entries[entry] with { Quote = briefing.QuoteOf(support.Sentence) };
            }
        }

        foreach (var entry in curatedEntries)
        {
            if (linker.Best(entries[entry].Answer) is { Support: >= MinimumCuratedSupport } support)
            {
                entries[entry] = entries[entry] with { Quote = briefingOfSentence[support.Sentence].QuoteOf(support.Sentence) };
            }
        }

        return new KnowledgeBase(briefings, entries, synonyms, acronymList, problems, EntryId.Fingerprint(entries))
        {
            Index = index.WithEntries(entries),
        };
    }

    private static string FirstSentence(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        return sentences.Count > 0 ? AnswerSentence.WithContent(sentences, s => s) : text;
    }
}
