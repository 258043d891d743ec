using BenchmarkDotNet.Attributes;
using BriefBot.Benchmarks.Workload;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>
/// Several channels asking at once: the questions shared out among that many askers on the thread pool, as the
/// bot's adapters hand them to the one matcher. The mean is per question, so questions per second is its inverse.
/// </summary>
[Config(typeof(ConcurrentJobConfig))]
public class ConcurrentAskBenchmarks
{
    private Matcher matcher = null!;
    private string[] questions = [];

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => [BenchmarkMode.CurrentSize];

    [Params(1, 2, 4, 8)]
    public int Askers { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var workload = await FusedWorkload.GetAsync(Size, CancellationToken.None);
        matcher = workload.Matcher;
        questions = [.. workload.Questions.Questions.Select(q => q.Text)];
    }

    [Benchmark(OperationsPerInvoke = QuestionSet.PerKind * 3)]
    public int ConcurrentAnswer()
    {
        var askers = new Task<int>[Askers];
        for (var a = 0; a < askers.Length; a++)
        {
            var first = a;
            askers[a] = Task.Run(() =>
            {
                var answered = 0;
                for (var i = first; i < questions.Length; i += askers.Length)
                {
                    answered += matcher.Answer(questions[i]).Answered ? 1 : 0;
                }

                return answered;
            });
        }

        Task.WaitAll(askers);
        return askers.Sum(t => t.Result);
    }
}
