using System.Diagnostics;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>Per-question latency: mean and percentiles over every question timed on its own, several rounds each.</summary>
public sealed record LatencyStats(int Samples, double MeanMicroseconds, double P50Microseconds, double P99Microseconds, double MaxMicroseconds)
{
    public static LatencyStats Of(IEnumerable<double> microseconds)
    {
        var sorted = microseconds.Order().ToArray();
        return new LatencyStats(sorted.Length, sorted.Average(), Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1]);
    }

    /// <summary>The nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(double[] sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>The latency of every question, and of each kind of question on its own.</summary>
public sealed record QuestionTimings(LatencyStats All, IReadOnlyDictionary<QuestionKind, LatencyStats> ByKind);

/// <summary>
/// Times every question individually, after two untimed rounds. BenchmarkDotNet's own percentiles are over
/// iteration means, which average hundreds of questions together and hide the slow ones; a p99 per question needs
/// each question timed alone.
/// </summary>
public static class QuestionTimer
{
    public static QuestionTimings Time(Matcher matcher, IReadOnlyList<BenchmarkQuestion> questions, int rounds)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(questions);
        var samples = new List<(QuestionKind Kind, double Microseconds)>(questions.Count * rounds);

        // Untimed rounds first, then a pause: the latency of interest is the steady state, not the tiered JIT, which
        // recompiles hot methods on a background thread a little after they become hot.
        for (var warmUp = 0; warmUp < 2; warmUp++)
        {
            foreach (var question in questions)
            {
                matcher.Answer(question.Text);
            }
        }

        Thread.Sleep(TimeSpan.FromMilliseconds(500));

        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                matcher.Answer(question.Text);
                samples.Add((question.Kind, Stopwatch.GetElapsedTime(start).TotalMicroseconds));
            }
        }

        return new QuestionTimings(
            LatencyStats.Of(samples.Select(s => s.Microseconds)),
            samples.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => LatencyStats.Of(g.Select(s => s.Microseconds))));
    }
}
