using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Reporting;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>
/// The fused matcher (lexical and embedding candidates, the question encoded each time) on the same questions as
/// <see cref="MatcherBenchmarks"/>: time and allocations per question, per-question percentiles, accuracy, and the
/// linear scan's sample for the speed-up.
/// </summary>
[Config(typeof(FusedJobConfig))]
[MemoryDiagnoser]
public class FusedMatcherBenchmarks
{
    private const int SampleRounds = 3;
    private Matcher matcher = null!;
    private BenchmarkQuestion[] asked = [];
    private string[] questions = [];
    private string[] linearSample = [];

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => [BenchmarkMode.CurrentSize];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var workload = await FusedWorkload.GetAsync(Size, CancellationToken.None);
        matcher = workload.Matcher;
        asked = [.. workload.Questions.Questions];
        questions = [.. asked.Select(q => q.Text)];
        linearSample = [.. workload.Questions.LinearSample.Select(q => q.Text)];
        var fused = RunResults.For(Size).Fused;
        if (fused.Checked is null)
        {
            fused.Check(AnswerCheck.Run(matcher, asked));
        }
    }

    [Benchmark(OperationsPerInvoke = QuestionSet.PerKind * 3)]
    public int FusedAnswer() => Asking.Answered(matcher, questions);

    [GlobalCleanup(Target = nameof(FusedAnswer))]
    public void TimeEachQuestion() => RunResults.For(Size).Fused.Time(QuestionTimer.Time(matcher, asked, BenchmarkMode.Current.FusedPercentileRounds));

    [Benchmark(OperationsPerInvoke = QuestionSet.LinearSampleSize * SampleRounds)]
    public int FusedAnswerLinearScanSample() => Asking.Answered(matcher, linearSample, SampleRounds);
}
