namespace BriefBot.Core.Matching;

/// <summary>
/// A knowledge base calibrates the score model to itself on its <see cref="SelfQuestions"/>: the in-scope ones should
/// be answered with their own entry, the near misses declined (a large knowledge base's distractors raise their
/// score, and this sees it). The shift added to every logit is the one that makes the fewest costly mistakes on those
/// samples at the threshold, a wrong answer costing twice a decline, shrunk toward zero when there are few samples.
/// With enough samples it also chooses the weight of the neighbour support, the signal that helps where entries have
/// many phrasings and misleads where they have one.
/// </summary>
internal static class Calibration
{
    private const int MaxSamples = 120;
    private const double WrongAnswerCost = 2.0;

    // With n samples the shift counts n / (n + Prior): a 5-question FAQ barely moves the fitted model. Below Prior
    // samples the support weight is not chosen at all: a briefing's handful of phrasings picks whichever weight its
    // noise favours.
    private const double Prior = 40.0;
    private const double MaxShift = 2.0;

    // Tried besides the given model's own weight, which wins a tie.
    private static readonly double[] SupportWeights = [1.0, 2.0, 4.0];

    public static (ScoreModel Model, double Shift) Fit(Matcher matcher)
    {
        var samples = SelfQuestions.Ask(matcher, MaxSamples).ToList();
        var model = matcher.Model;
        var (shift, cost, n) = FitShift(samples, model, matcher);
        if (n >= Prior)
        {
            foreach (var weight in SupportWeights.Where(w => w != model.Weights[ScoreModel.SupportWeight]))
            {
                var candidate = model.WithSupport(weight);
                var fit = FitShift(samples, candidate, matcher);
                if (fit.Cost < cost - 1e-12)
                {
                    (model, shift, cost) = (candidate, fit.Shift, fit.Cost);
                }
            }
        }

        return (model, shift * n / (n + Prior));
    }

    private static (double Shift, double Cost, int Samples) FitShift(
        List<(Knowledge.KnowledgeEntry Entry, FusedCandidates Held, FusedCandidates Removed)> samples, ScoreModel model, Matcher matcher)
    {
        var inScope = new List<(double Logit, bool Right)>();
        var nearMiss = new List<double>();
        foreach (var (entry, held, removed) in samples)
        {
            if (Best(held) is { } best)
            {
                inScope.Add((Logit(best.Confidence), ReferenceEquals(best.Entry, entry)));
            }

            nearMiss.Add(Best(removed) is { } miss ? Logit(miss.Confidence) : double.NegativeInfinity);
        }

        if (inScope.Count == 0 || nearMiss.Count == 0)
        {
            return (0, double.MaxValue, 0);
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

        return (bestShift, bestCost, Math.Min(inScope.Count, nearMiss.Count));

        ScoredEntry? Best(FusedCandidates candidates) => Fusion.Decide(candidates, model, 0, matcher.Index) is [var first, ..] ? first : null;
    }

    // Confidences are whole numbers; the midpoint of the bucket gives back the logit it came from closely enough.
    private static double Logit(int confidence)
    {
        var p = Math.Clamp((confidence + 0.5) / 100.0, 1e-4, 1 - 1e-4);
        return Math.Log(p / (1 - p));
    }
}
