namespace BriefBot.Core.Matching;

/// <summary>
/// A knowledge base calibrates the score model to itself: each sampled phrasing is asked with that phrasing held out
/// (an in-scope question: its entry should still win, on its other phrasings or its answer) and with its whole entry
/// removed (a near miss: whatever wins is wrong, and a large knowledge base's distractors raise that score). The
/// shift added to every logit is the one that makes the fewest costly mistakes on those samples at the threshold,
/// a wrong answer costing twice a decline, shrunk toward zero when there are few samples.
/// </summary>
internal static class Calibration
{
    private const int MaxSamples = 120;
    private const double WrongAnswerCost = 2.0;

    // With n samples the shift counts n / (n + Prior): a 5-question FAQ barely moves the fitted model.
    private const double Prior = 40.0;
    private const double MaxShift = 2.0;

    public static double ShiftFor(Matcher matcher)
    {
        var index = matcher.Index;
        var semantic = matcher.Semantic!;
        var questions = Enumerable.Range(0, index.Targets.Length).Where(t => index.Targets[t].Kind == TargetKind.Question).ToArray();
        if (questions.Length == 0)
        {
            return 0;
        }

        // An even spread over the knowledge, the same every load so the same knowledge gets the same shift.
        var step = Math.Max(1, questions.Length / MaxSamples);
        var inScope = new List<(double Logit, bool Right)>();
        var nearMiss = new List<double>();
        for (var i = 0; i < questions.Length && inScope.Count < MaxSamples; i += step)
        {
            var t = questions[i];
            var target = index.Targets[t];
            var embedding = semantic.Matrix.Row(semantic.RowOf(t)).ToArray();
            var held = matcher.Match(target.Text, embedding, new Exclusion(t, -1));
            if (held.Best is { } best)
            {
                inScope.Add((Logit(best.Confidence), best.Entry == index.Entries[target.Entry]));
            }

            var removed = matcher.Match(target.Text, embedding, new Exclusion(-1, target.Entry));
            nearMiss.Add(removed.Best is { } miss ? Logit(miss.Confidence) : double.NegativeInfinity);
        }

        if (inScope.Count == 0 || nearMiss.Count == 0)
        {
            return 0;
        }

        var threshold = Logit(matcher.Options.Threshold);
        var bestShift = 0.0;
        var bestCost = double.MaxValue;
        for (var shift = -MaxShift; shift <= MaxShift + 1e-9; shift += 0.05)
        {
            var missed = inScope.Count(s => !s.Right || s.Logit + shift < threshold);
            var wrong = inScope.Count(s => !s.Right && s.Logit + shift >= threshold) + nearMiss.Count(z => z + shift >= threshold);
            var cost = ((double)missed / inScope.Count) + (WrongAnswerCost * wrong / (inScope.Count + nearMiss.Count));
            if (cost < bestCost - 1e-12 || (Math.Abs(cost - bestCost) < 1e-12 && Math.Abs(shift) < Math.Abs(bestShift)))
            {
                bestCost = cost;
                bestShift = shift;
            }
        }

        var n = Math.Min(inScope.Count, nearMiss.Count);
        return bestShift * n / (n + Prior);
    }

    // Confidences are whole numbers; the midpoint of the bucket gives back the logit it came from closely enough.
    private static double Logit(int confidence)
    {
        var p = Math.Clamp((confidence + 0.5) / 100.0, 1e-4, 1 - 1e-4);
        return Math.Log(p / (1 - p));
    }
}
