using BenchmarkDotNet.Attributes;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>
/// The encoder alone: one question at a time, as the bot reads them, and knowledge texts in one call, as a cold
/// build embeds them. Means are per text.
/// </summary>
[Config(typeof(MatcherJobConfig))]
public class EncoderBenchmarks
{
    private const int Questions = 200;
    private const int Texts = 1024;
    private readonly float[] one = new float[384];
    private string[] questions = [];
    private string[] texts = [];
    private float[] many = [];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var workload = await LoadedWorkload.GetAsync(BenchmarkMode.Current.Sizes[0], CancellationToken.None);
        questions = [.. workload.Questions.Questions.Take(Questions).Select(q => q.Text)];
        texts = [.. workload.LinearScanChoices.Take(Texts)];
        many = new float[texts.Length * SharedEncoder.Instance.Dimensions];
    }

    [Benchmark(OperationsPerInvoke = Questions)]
    public float EncodeQuestion()
    {
        var sum = 0f;
        foreach (var question in questions)
        {
            SharedEncoder.Instance.Encode([question], one);
            sum += one[0];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Texts)]
    public float EncodeKnowledgeTexts()
    {
        SharedEncoder.Instance.Encode(texts, many);
        return many[0];
    }
}
