using BriefBot.Core.Matching;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Finds the sentence of a document's body that best supports an answer, so a reply can quote the original
/// wording rather than the answer's paraphrase. Support is mostly how much of the sentence the answer restates
/// (idf-weighted), a little how much of the answer the sentence holds: an FAQ answer usually says more than any one
/// sentence of the body, so demanding both would link almost nothing. One index over every fact serves all links.
/// </summary>
internal sealed class SupportLinker
{
    private readonly KnowledgeIndex index;
    private readonly IReadOnlyList<DocumentSentence> sentences;
    private readonly Dictionary<string, (int Start, int End)> targetsOfFile = new(StringComparer.Ordinal);

    public SupportLinker(IReadOnlyList<(DocumentSentence Sentence, KnowledgeEntry Entry)> facts)
    {
        sentences = [.. facts.Select(f => f.Sentence)];
        index = KnowledgeIndex.Build([.. facts.Select(f => f.Entry)], []);

        // Facts arrive file by file, so each file's targets are one contiguous run of the index.
        for (var t = 0; t < index.Targets.Length; t++)
        {
            var file = facts[index.Targets[t].Entry].Entry.Quote.Source.File;
            targetsOfFile[file] = targetsOfFile.TryGetValue(file, out var run) ? (run.Start, t + 1) : (t, t + 1);
        }
    }

    /// <summary>The best supporting sentence, from <paramref name="file"/> only when given.</summary>
    public (DocumentSentence Sentence, float Support)? Best(string answer, string? file = null)
    {
        if (sentences.Count == 0)
        {
            return null;
        }

        (int, int)? range = null;
        if (file is not null)
        {
            if (!targetsOfFile.TryGetValue(file, out var run))
            {
                return null;
            }

            range = run;
        }

        var query = QueryAnalyzer.Analyze(answer, index, chat: false);
        (DocumentSentence, float)? best = null;
        foreach (var t in CandidateFinder.Find(query, index, 16, range: range))
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
