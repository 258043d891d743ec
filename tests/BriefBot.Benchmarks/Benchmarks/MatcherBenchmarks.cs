using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Reporting;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>
/// Time and allocations per question through the matcher (the questions rotate through paraphrases, typos and
/// out-of-scope questions), per-question percentiles and accuracy, autocomplete, and the matcher on the linear
/// scan's sample so the speed-up compares the same questions.
/// </summary>
// The memory diagnoser costs an extra iteration per benchmark: cheap here, but a second 100k build or linear scan
// elsewhere, so only this class has it.
[Config(typeof(MatcherJobConfig))]
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private const int SampleRounds = 10;
    private Matcher matcher = null!;
    private BenchmarkQuestion[] asked = [];
    private string[] questions = [];
    private string[] partials = [];
    private string[] linearSample = [];

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => [BenchmarkMode.CurrentSize];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var workload = await LoadedWorkload.GetAsync(Size, CancellationToken.None);
        matcher = workload.Matcher;
        asked = [.. workload.Questions.Questions];
        questions = [.. asked.Select(q => q.Text)];
        partials = [.. workload.Questions.Partials];
        linearSample = [.. workload.Questions.LinearSample.Select(q => q.Text)];
        if (RunResults.For(Size).Checked is null)
        {
            RunResults.For(Size).Check(AnswerCheck.Run(matcher, workload.Questions.Questions));
        }
    }

    [Benchmark(OperationsPerInvoke = QuestionSet.PerKind * 3)]
    public int Answer() => Asking.Answered(matcher, questions);

    /// <summary>Runs after BenchmarkDotNet has measured <see cref="Answer"/>, so every path is warm and fully optimised.</summary>
    [GlobalCleanup(Target = nameof(Answer))]
    public void TimeEachQuestion() => RunResults.For(Size).Time(QuestionTimer.Time(matcher, asked, BenchmarkMode.Current.PercentileRounds));

    [Benchmark(OperationsPerInvoke = QuestionSet.PerKind)]
    public int Autocomplete()
    {
        var offered = 0;
        foreach (var partial in partials)
        {
            offered += matcher.Autocomplete(partial, 25).Count;
        }

        return offered;
    }

    /// <summary>The linear scan's few questions, asked several times over so one invocation is long enough to time well.</summary>
    [Benchmark(OperationsPerInvoke = QuestionSet.LinearSampleSize * SampleRounds)]
    public int AnswerLinearScanSample() => Asking.Answered(matcher, linearSample, SampleRounds);
}
