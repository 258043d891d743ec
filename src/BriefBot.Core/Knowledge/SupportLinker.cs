using BriefBot.Core.Matching;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Finds the sentence of a document's body that best supports an answer, so a reply can quote the original
/// wording rather than the answer's paraphrase. Support is the F1 of how much of the answer the sentence holds and
/// how much of the sentence the answer holds, both idf-weighted.
/// </summary>
internal sealed class SupportLinker
{
    private readonly KnowledgeIndex index;
    private readonly IReadOnlyList<DocumentSentence> sentences;

    public SupportLinker(IReadOnlyList<(DocumentSentence Sentence, KnowledgeEntry Entry)> facts)
    {
        sentences = [.. facts.Select(f => f.Sentence)];
        index = KnowledgeIndex.Build([.. facts.Select(f => f.Entry)], []);
    }

    public (DocumentSentence Sentence, float Support)? Best(string answer)
    {
        if (sentences.Count == 0)
        {
            return null;
        }

        var query = QueryAnalyzer.Analyze(answer, index);
        (DocumentSentence, float)? best = null;
        foreach (var t in CandidateFinder.Find(query, index, 16))
        {
            var target = index.Targets[t];
            var coverage = Coverage.Measure(query, target, index.Terms);
            var sum = coverage.OfQuestion + coverage.OfText;
            var support = sum > 0f ? 2f * coverage.OfQuestion * coverage.OfText / sum : 0f;
            if (best is null || support > best.Value.Item2)
            {
                best = (sentences[target.Entry], support);
            }
        }

        return best;
    }
}
