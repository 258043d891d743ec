using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Workload;
using FuzzySharp;
using FuzzySharp.SimilarityRatio;
using FuzzySharp.SimilarityRatio.Scorer;
using FuzzySharp.SimilarityRatio.Scorer.Composite;

namespace BriefBot.Benchmarks;

/// <summary>
/// The baseline the issue measures against: FuzzySharp's <c>Process.ExtractOne</c> with WeightedRatio over every
/// entry's question phrasings and fact texts. Seconds per question at 100k entries, so it runs on a small fixed
/// sample of the questions, which <see cref="MatcherBenchmarks.AnswerLinearScanSample"/> also answers.
/// </summary>
[Config(typeof(LinearScanJobConfig))]
public class LinearScanBenchmarks
{
    private static readonly IRatioScorer WeightedRatio = ScorerCache.Get<WeightedRatioScorer>();
    private string[] choices = [];
    private string[] sample = [];

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => [BenchmarkMode.CurrentSize];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var workload = await LoadedWorkload.GetAsync(Size, CancellationToken.None);
        choices = workload.LinearScanChoices;
        sample = [.. workload.Questions.LinearSample.Select(q => q.Text)];
    }

    [Benchmark(OperationsPerInvoke = QuestionSet.LinearSampleSize)]
    public int LinearScan()
    {
        var total = 0;
        foreach (var question in sample)
        {
            total += Process.ExtractOne(question, choices, s => s, WeightedRatio).Score;
        }

        return total;
    }
}
