using BriefBot.Core.Matching;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Finds the sentence of a document's body that best supports an answer, so a reply can quote the original
/// wording rather than the answer's paraphrase. Support is mostly how much of the sentence the answer restates
/// (idf-weighted), a little how much of the answer the sentence holds: an FAQ answer usually says more than any one
/// sentence of the body, so demanding both would link almost nothing.
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
            var support = coverage.OfText * (0.7f + (0.3f * coverage.OfQuestion));
            if (best is null || support > best.Value.Item2)
            {
                best = (sentences[target.Entry], support);
            }
        }

        return best;
    }
}
