using BriefBot.Core.Matching;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Finds the sentence of a document's body that best supports an answer, so a reply can quote the original
/// wording rather than the answer's paraphrase. Support is mostly how much of the sentence the answer restates
/// (idf-weighted), a little how much of the answer the sentence holds: an FAQ answer usually says more than any one
/// sentence of the body, so demanding both would link almost nothing. It searches the knowledge's own index, so the
/// knowledge is indexed once.
/// </summary>
internal sealed class SupportLinker(KnowledgeIndex index, IReadOnlyDictionary<int, DocumentSentence> sentenceOfFact)
{
    private readonly Dictionary<string, (int Start, int End)> targetsOfFile = TargetRuns(index);

    /// <summary>The best supporting fact, from <paramref name="file"/> only when given.</summary>
    public (DocumentSentence Sentence, float Support)? Best(string answer, string? file = null)
    {
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
        foreach (var t in CandidateFinder.Find(query, index, 16, target => target.Kind == TargetKind.Fact, range))
        {
            var target = index.Targets[t];
            var coverage = Coverage.Measure(query, target, index.Terms);
            var support = coverage.OfText * (0.7f + (0.3f * coverage.OfQuestion));
            if (best is null || support > best.Value.Item2)
            {
                best = (sentenceOfFact[target.Entry], support);
            }
        }

        return best;
    }

    // Entries are added file by file, so each file's targets are one contiguous run of the index.
    private static Dictionary<string, (int Start, int End)> TargetRuns(KnowledgeIndex index)
    {
        var runs = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        for (var t = 0; t < index.Targets.Length; t++)
        {
            var file = index.Entries[index.Targets[t].Entry].Quote.Source.File;
            runs[file] = runs.TryGetValue(file, out var run) ? (run.Start, t + 1) : (t, t + 1);
        }

        return runs;
    }
}
