using BenchmarkDotNet.Attributes;
using BriefBot.Core.Evaluation;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Benchmarks;

/// <summary>
/// The dev questions against the default knowledge (the 24-entry briefing in <c>knowledge/</c>): the case a first
/// user meets, which the core issue wants answered in well under a millisecond after warm-up, and with the encoder
/// (issue 15) in under 10 ms.
/// </summary>
[MemoryDiagnoser]
public class DefaultKnowledgeBenchmarks
{
    private const int Questions = 28;
    private Matcher matcher = null!;
    private Matcher fused = null!;
    private string[] questions = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        var knowledge = KnowledgeLoader.LoadAsync(Path.Combine(root, "knowledge"), CancellationToken.None).GetAwaiter().GetResult();
        matcher = new Matcher(knowledge, new MatchingOptions());
        fused = new Matcher(knowledge, new MatchingOptions(), SemanticIndex.Build(knowledge, BriefBot.Benchmarks.Semantic.SharedEncoder.Instance));
        questions = [.. EvalQuestionFile.Parse(File.ReadAllLines(Path.Combine(root, "tests", "eval", "dev-questions.tsv")), "dev-questions.tsv").Select(q => q.Question)];
        if (questions.Length != Questions)
        {
            throw new InvalidOperationException($"Expected {Questions} dev questions, found {questions.Length}.");
        }
    }

    /// <summary>Every dev question once; the mean is per question.</summary>
    [Benchmark(OperationsPerInvoke = Questions)]
    public int AnswerDevQuestions() => BriefBot.Benchmarks.Asking.Answered(matcher, questions);

    /// <summary>The same with the encoder: every question encoded, then lexical and embedding candidates fused.</summary>
    [Benchmark(OperationsPerInvoke = Questions)]
    public int AnswerDevQuestionsFused() => BriefBot.Benchmarks.Asking.Answered(fused, questions);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (BriefBot.sln not found).");
    }
}
