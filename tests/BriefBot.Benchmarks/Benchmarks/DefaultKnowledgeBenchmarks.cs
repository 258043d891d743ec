using BenchmarkDotNet.Attributes;
using BriefBot.Core.Evaluation;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Benchmarks;

/// <summary>
/// The dev questions against the default knowledge (the 24-entry briefing in <c>knowledge/</c>): the case a first
/// user meets, which the core issue wants answered in well under a millisecond after warm-up.
/// </summary>
[MemoryDiagnoser]
public class DefaultKnowledgeBenchmarks
{
    private const int Questions = 28;
    private Matcher matcher = null!;
    private string[] questions = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        matcher = new Matcher(KnowledgeLoader.LoadAsync(Path.Combine(root, "knowledge"), CancellationToken.None).GetAwaiter().GetResult(), new MatchingOptions());
        questions = [.. EvalQuestionFile.Parse(File.ReadAllLines(Path.Combine(root, "tests", "eval", "dev-questions.tsv")), "dev-questions.tsv").Select(q => q.Question)];
        if (questions.Length != Questions)
        {
            throw new InvalidOperationException($"Expected {Questions} dev questions, found {questions.Length}.");
        }
    }

    /// <summary>Every dev question once; the mean is per question.</summary>
    [Benchmark(OperationsPerInvoke = Questions)]
    public int AnswerDevQuestions()
    {
        var answered = 0;
        foreach (var question in questions)
        {
            answered += matcher.Answer(question).Answered ? 1 : 0;
        }

        return answered;
    }

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
