using System.Diagnostics;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>Per-question latency: mean and percentiles over every question timed on its own, several rounds each.</summary>
public sealed record QuestionTimings(int Samples, double MeanMicroseconds, double P50Microseconds, double P99Microseconds, double MaxMicroseconds);

/// <summary>
/// Times every question individually. BenchmarkDotNet's own percentiles are over iteration means, which average
/// hundreds of questions together and hide the slow ones; a p99 per question needs each question timed alone.
/// </summary>
public static class QuestionTimer
{
    public static QuestionTimings Time(Matcher matcher, IReadOnlyList<string> questions, int rounds)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(questions);
        var samples = new double[questions.Count * rounds];
        var n = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                matcher.Answer(question);
                samples[n++] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        Array.Sort(samples);
        return new QuestionTimings(samples.Length, samples.Average(), Percentile(samples, 0.50), Percentile(samples, 0.99), samples[^1]);
    }

    /// <summary>The nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(double[] sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
