namespace BriefBot.Core.Matching;

/// <summary>
/// A knowledge base's own phrasings asked of it twice: with the phrasing held out (an in-scope question whose entry
/// should still win, on its other phrasings or its answer) and with its whole entry removed (a near miss: whatever
/// wins is wrong). The phrasing's stored embedding is its question's, so nothing is encoded, and the candidates are
/// handed over unweighed, so the calibration can weigh them under each score model it tries.
/// </summary>
internal static class SelfQuestions
{
    /// <summary>Up to <paramref name="max"/> phrasings, spread evenly over the knowledge, the same every time.</summary>
    public static IEnumerable<(Knowledge.KnowledgeEntry Entry, FusedCandidates Held, FusedCandidates Removed)> Ask(Matcher matcher, int max = int.MaxValue)
    {
        var index = matcher.Index;
        var semantic = matcher.Semantic ?? throw new InvalidOperationException("Self-questions need the semantic index.");
        var questions = Enumerable.Range(0, index.Targets.Length).Where(t => index.Targets[t].Kind == TargetKind.Question).ToArray();
        var step = Math.Max(1, questions.Length / Math.Max(1, max));
        var asked = 0;
        for (var i = 0; i < questions.Length && asked < max; i += step, asked++)
        {
            var t = questions[i];
            var target = index.Targets[t];
            var embedding = semantic.Matrix.Row(semantic.RowOf(t)).ToArray();
            yield return (
                index.Entries[target.Entry],
                matcher.Gather(target.Text, embedding, new Exclusion(t, -1)),
                matcher.Gather(target.Text, embedding, new Exclusion(-1, target.Entry)));
        }
    }
}
