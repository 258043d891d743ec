using System.Text.RegularExpressions;
using BriefBot.Core.Matching.Lexicon;

namespace BriefBot.Core.Matching;

/// <summary>
/// Reads a question against an index: corrects typos to the knowledge's own words (never a real English word),
/// reads chat abbreviations as the knowledge words they shorten (<see cref="Abbreviations"/>), stems, replaces
/// synonym phrases by their canonical term, drops stop words, weighs each term, and attaches the forms that count as
/// it: related spellings, WordNet synonyms and derived forms, compounds it starts.
/// </summary>
internal static class QueryAnalyzer
{
    /// <summary>How much a corrected word counts, against one spelled as the knowledge spells it.</summary>
    public const float CorrectedQuality = 0.85f;

    /// <summary>How much an abbreviation read as a knowledge word counts: a guess from fewer letters than a typo's.</summary>
    public const float ExpandedQuality = 0.7f;

    // A word the knowledge never uses weighs from the full weight of the rarest knowledge word (a specific word,
    // "casualties": the question is about something the knowledge lacks) down to a third of it (an everyday word,
    // "people", "keep": likely just phrasing).
    private const float SpecificZipf = 3.5f;
    private const float EverydayZipf = 5.5f;
    private const float EverydayWeight = 0.3f;

    // A name the knowledge never mentions ("the Enterprise plan", "cases in Columbus") says the question is about
    // something else: it weighs half again as much as an unknown common word.
    private const float UnknownNameWeight = 1.5f;

    /// <param name="text">The question.</param>
    /// <param name="index">The knowledge to read it against.</param>
    /// <param name="chat">False for text from the knowledge itself (linking FAQ answers): it has no typos to fix,
    /// and its own words are what it means, without synonyms or related forms.</param>
    public static Query Analyze(string text, KnowledgeIndex index, bool chat = true)
    {
        var analyzer = new StemAnalyzer(cached: false);
        var cleaned = ChatText.Clean(text);
        var words = WordSplitter.SplitCleaned(cleaned);
        var stems = analyzer.Stems(words);
        var quality = new float[words.Count];
        List<(string Abbreviation, string Word)>? expansions = null;
        for (var i = 0; i < words.Count; i++)
        {
            quality[i] = 1f;
            var word = words[i];
            if (!chat || word.IsStopWord || word.Caps || index.StemBySurface.ContainsKey(word.Lower)
                || index.Terms.IdOf(stems[i]) >= 0 || EnglishFrequencies.Instance.IsRealWord(word.Lower))
            {
                continue;
            }

            var corrected = word.Proper
                ? index.CorrectionOfWord.Get("\u0001" + word.Lower, w => index.Typos.Correct(w[1..], name: true))
                : index.CorrectionOfWord.Get(word.Lower, w => index.Typos.Correct(w));
            // Remembered beside the corrections, under a key no typed word has.
            var expanded = corrected is null && !word.Proper
                ? index.CorrectionOfWord.Get("\u0002" + word.Lower, w => Abbreviations.Expand(w[1..], index))
                : null;
            if (corrected is not null || expanded is not null)
            {
                words[i] = new Word(corrected ?? expanded!, false);
                stems[i] = analyzer.StemOf(words[i].Lower);
                quality[i] = corrected is not null ? CorrectedQuality : ExpandedQuality;
                if (expanded is not null)
                {
                    (expansions ??= []).Add((word.Lower, expanded));
                }
            }
        }

        var terms = new List<QueryTerm>();
        var replaced = new bool[words.Count];
        foreach (var (start, length, canonical, _) in index.Synonyms.Find(stems))
        {
            for (var k = start; k < start + length; k++)
            {
                replaced[k] = true;
            }

            AddTerm(canonical, null, 1f, false);
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!replaced[i] && StemAnalyzer.IsContent(words[i]))
            {
                // An unknown all-capitals word ("CEO", "FAL-3009") names something as surely as a capitalised one.
                AddTerm(stems[i], words[i].Lower, quality[i], words[i].Proper || (words[i].Caps && quality[i] == 1f));
            }
        }

        var asked = chat ? AnswerType.Asked(string.Join(' ', words.Select(w => w.Lower))) : AnswerKind.None;
        return new Query([.. terms], asked, FuzzyText.Process(cleaned)) { Expanded = expansions is null ? null : Expand(cleaned, expansions) };

        void AddTerm(string stem, string? word, float termQuality, bool name)
        {
            if (terms.Any(t => t.Stem == stem))
            {
                return;
            }

            var id = index.Terms.IdOf(stem);
            var forms = new Dictionary<int, float>();
            if (id >= 0)
            {
                forms[id] = 1f;
            }

            // A name the knowledge does not know has no related forms: "Yarivo" is not a shorter "Yarivobar", nor a
            // compound of it. Guessing so would answer, confidently, about a different organisation.
            var unknownNameWord = id < 0 && name;
            var related = !chat || unknownNameWord ? []
                : word is null ? [.. RelatedForms(stem, id, index.Terms)]
                : index.FormsOfWord.Get(word, w => [.. RelatedForms(stem, id, index.Terms).Concat(LexiconForms(w, index)).Concat(id < 0 ? CompoundParts(w, index) : [])]);
            foreach (var (formId, similarity) in related)
            {
                if (similarity > forms.GetValueOrDefault(formId))
                {
                    forms[formId] = similarity;
                }
            }

            var specificity = chat ? Specificity(word) : 1f;
            var weight = id >= 0 ? index.Terms.Idf[id]
                : unknownNameWord ? index.Terms.UnknownIdf * UnknownNameWeight
                : index.Terms.UnknownIdf * specificity;
            terms.Add(new QueryTerm(id, stem, weight, termQuality, [.. forms.Select(p => (p.Key, p.Value))], specificity, unknownNameWord));
        }
    }

    // The cleaned question with each abbreviation written out, for the encoder, which has never seen "mgr" as "manager".
    private static string Expand(string cleaned, List<(string Abbreviation, string Word)> expansions)
    {
        foreach (var (abbreviation, word) in expansions)
        {
            cleaned = Regex.Replace(cleaned, $@"\b{Regex.Escape(abbreviation)}\b", word, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        return cleaned;
    }

    public static float Specificity(string? word)
    {
        if (word is null || !char.IsLetter(word[0]))
        {
            return 1f;
        }

        var zipf = EnglishFrequencies.Instance.Zipf(word);
        return zipf <= SpecificZipf ? 1f
            : zipf >= EverydayZipf ? EverydayWeight
            : 1f - ((1f - EverydayWeight) * (zipf - SpecificZipf) / (EverydayZipf - SpecificZipf));
    }

    // Words WordNet relates to this one, and knowledge words this one begins as a compound ("down" in "downtime").
    private static IEnumerable<(int Id, float Similarity)> LexiconForms(string word, KnowledgeIndex index)
    {
        foreach (var (related, synonym) in EnglishLexicon.Instance.Related(word))
        {
            var relatedId = index.Terms.IdOf(StemAnalyzer.StemOfKnownWord(related));
            if (relatedId >= 0)
            {
                yield return (relatedId, synonym ? TermRelations.Synonym : TermRelations.DerivedForm);
            }
        }

        if (word.Length < 4 || !char.IsLetter(word[0]))
        {
            yield break;
        }

        foreach (var longer in index.WordsStartingWith(word))
        {
            var rest = longer[word.Length..];
            if (rest.Length >= 3 && EnglishFrequencies.Instance.Zipf(rest) >= TermRelations.CompoundPartZipf)
            {
                yield return (index.Terms.IdOf(index.StemBySurface[longer]), TermRelations.Compound);
            }
        }
    }

    // The knowledge words an unknown compound is made of, written apart in the documents: "rollback" finds "rolling
    // back", "oncall" finds "on-call". Each part must be a real English word, so a name is not cut into syllables; a
    // two-letter part only a stop word ("on", "in", "up") and only in a word English does not know, so "became" is
    // not "be came".
    private static IEnumerable<(int Id, float Similarity)> CompoundParts(string word, KnowledgeIndex index)
    {
        const int ShortestPart = 2;
        if (word.Length < 2 * ShortestPart + 1 || !word.All(char.IsAsciiLetterLower))
        {
            yield break;
        }

        var realWord = EnglishFrequencies.Instance.IsRealWord(word);
        for (var cut = ShortestPart; cut <= word.Length - ShortestPart; cut++)
        {
            var (head, tail) = (word[..cut], word[cut..]);
            var headId = Part(head);
            var tailId = Part(tail);
            if (headId is null || tailId is null || (headId < 0 && tailId < 0))
            {
                continue;
            }

            foreach (var id in new[] { headId.Value, tailId.Value }.Where(id => id >= 0))
            {
                yield return (id, TermRelations.Compound);
            }
        }

        // A knowledge term's id for a content part, −1 for a short stop word, null for what cannot be a part.
        int? Part(string part)
        {
            if (part.Length < 3)
            {
                return !realWord && StopWords.Contains(part) ? -1 : null;
            }

            if (EnglishFrequencies.Instance.Zipf(part) < TermRelations.CompoundPartZipf)
            {
                return null;
            }

            var id = index.Terms.IdOf(StemAnalyzer.StemOfKnownWord(part));
            return id >= 0 ? id : null;
        }
    }

    private static IEnumerable<(int Id, float Similarity)> RelatedForms(string stem, int id, TermTable terms)
    {
        if (stem.Length < 4 || stem.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        // Longer stems that extend this one, and shorter ones it extends, share a prefix of at least the shorter length.
        var prefix = stem[..Math.Max(4, stem.Length - 3)];
        foreach (var other in terms.WithPrefix(prefix))
        {
            if (other == id)
            {
                continue;
            }

            var similarity = TermRelations.Similarity(stem, terms.Stems[other]);
            if (similarity > 0)
            {
                yield return (other, similarity);
            }
        }

        var swapped = stem[^1] switch
        {
            'd' => stem[..^1] + "s",
            's' => stem[..^1] + "d",
            _ => null,
        };
        if (swapped is not null && terms.IdOf(swapped) is var swappedId and >= 0)
        {
            yield return (swappedId, TermRelations.Similarity(stem, swapped));
        }
    }
}
