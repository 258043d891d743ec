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
[Config(typeof(MatcherJobConfig))]
public class MatcherBenchmarks
{
    private Matcher matcher = null!;
    private string[] questions = [];
    private string[] partials = [];
    private string[] linearSample = [];

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Current.Sizes;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var workload = await LoadedWorkload.GetAsync(Size, CancellationToken.None);
        matcher = workload.Matcher;
        questions = [.. workload.Questions.Questions.Select(q => q.Text)];
        partials = [.. workload.Questions.Partials];
        linearSample = [.. workload.Questions.LinearSample.Select(q => q.Text)];
        if (RunResults.For(Size).Checked is null)
        {
            RunResults.For(Size).Check(AnswerCheck.Run(matcher, workload.Questions.Questions));
        }
    }

    [Benchmark(OperationsPerInvoke = QuestionSet.PerKind * 3)]
    public int Answer()
    {
        var answered = 0;
        foreach (var question in questions)
        {
            answered += matcher.Answer(question).Answered ? 1 : 0;
        }

        return answered;
    }

    /// <summary>Runs after BenchmarkDotNet has measured <see cref="Answer"/>, so every path is warm and fully optimised.</summary>
    [GlobalCleanup(Target = nameof(Answer))]
    public void TimeEachQuestion() => RunResults.For(Size).Time(QuestionTimer.Time(matcher, questions, BenchmarkMode.Current.PercentileRounds));

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

    [Benchmark(OperationsPerInvoke = QuestionSet.LinearSampleSize)]
    public int AnswerLinearScanSample()
    {
        var answered = 0;
        foreach (var question in linearSample)
        {
            answered += matcher.Answer(question).Answered ? 1 : 0;
        }

        return answered;
    }
}
