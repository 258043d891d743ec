namespace BriefBot.Core.Matching;

/// <summary>
/// A knowledge base calibrates the score model to itself on its <see cref="SelfQuestions"/>: the in-scope ones should
/// be answered with their own entry, the near misses declined (a large knowledge base's distractors raise their
/// score, and this sees it). The shift added to every logit is the one that makes the fewest costly mistakes on those
/// samples at the threshold, a wrong answer costing twice a decline, shrunk toward zero when there are few samples.
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
        var inScope = new List<(double Logit, bool Right)>();
        var nearMiss = new List<double>();
        foreach (var (entry, held, removed) in SelfQuestions.Ask(matcher, MaxSamples))
        {
            if (held.Best is { } best)
            {
                inScope.Add((Logit(best.Confidence), best.Entry == entry));
            }

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
