using BenchmarkDotNet.Attributes;
using BriefBot.Core.Matching.Semantic;

namespace BriefBot.Benchmarks.Search;

/// <summary>
/// The 32 nearest rows of a question's embedding, as the fused matcher asks for them, three ways: the exact float
/// scan, the int8 scan whose candidates the float rows rescore, and an HNSW graph (USearch). Means are per question;
/// recall against the exact scan is in the search report.
/// </summary>
[Config(typeof(SearchJobConfig))]
public class NearestBenchmarks
{
    private const int K = 32;
    private const int Questions = 100;
    private static (int Rows, float[] Values, float[][] Questions, int[][] Exact)? data;
    private EmbeddingMatrix matrix = null!;
    private GraphIndex? graph;

    [ParamsSource(nameof(AllRows))]
    public int Rows { get; set; }

    public static IEnumerable<int> AllRows => BenchmarkMode.Current.SearchRows;

    [GlobalSetup(Targets = [nameof(ExactFloat)])]
    public void SetUpExact() => matrix = new EmbeddingMatrix(Data().Values, SyntheticEmbeddings.Dimensions, EmbeddingSearch.Exact);

    [GlobalSetup(Targets = [nameof(QuantizedInt8)])]
    public void SetUpQuantized()
    {
        var (_, values, questions, exact) = Data();
        matrix = new EmbeddingMatrix(values, SyntheticEmbeddings.Dimensions, EmbeddingSearch.Quantized);
        SearchResults.Recall[(Rows, nameof(QuantizedInt8))] = SearchResults.RecallOf(exact, [.. questions.Select(q => matrix.Nearest(q, K).Select(n => n.Row))]);
    }

    [GlobalSetup(Targets = [nameof(Hnsw)])]
    public void SetUpGraph()
    {
        var (_, values, questions, exact) = Data();
        graph = GraphIndex.TryBuild(values, SyntheticEmbeddings.Dimensions, out var took);
        if (graph is not null)
        {
            SearchResults.GraphBuild[Rows] = took;
            SearchResults.Recall[(Rows, nameof(Hnsw))] = SearchResults.RecallOf(exact, [.. questions.Select(q => graph.Nearest(q, K))]);
        }
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        graph?.Dispose();
        graph = null;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Questions)]
    public int ExactFloat() => Ask();

    [Benchmark(OperationsPerInvoke = Questions)]
    public int QuantizedInt8() => Ask();

    [Benchmark(OperationsPerInvoke = Questions)]
    public int Hnsw()
    {
        if (graph is null)
        {
            return 0;
        }

        var found = 0;
        foreach (var question in Data().Questions)
        {
            found += graph.Nearest(question, K)[0];
        }

        return found;
    }

    private int Ask()
    {
        var found = 0;
        foreach (var question in Data().Questions)
        {
            found += matrix.Nearest(question, K)[0].Row;
        }

        return found;
    }

    // The rows of one size, made once for the three methods (300,000 rows take seconds to make).
    private (int Rows, float[] Values, float[][] Questions, int[][] Exact) Data()
    {
        if (data?.Rows != Rows)
        {
            data = null;
            var values = SyntheticEmbeddings.Rows(Rows, BenchmarkMode.Current.Seed);
            var flat = SyntheticEmbeddings.Questions(values, Questions, BenchmarkMode.Current.Seed);
            var questions = Enumerable.Range(0, Questions).Select(q => flat.AsSpan(q * SyntheticEmbeddings.Dimensions, SyntheticEmbeddings.Dimensions).ToArray()).ToArray();
            var exact = new EmbeddingMatrix(values, SyntheticEmbeddings.Dimensions, EmbeddingSearch.Exact);
            data = (Rows, values, questions, [.. questions.Select(q => exact.Nearest(q, K).Select(n => n.Row).ToArray())]);
        }

        return data.Value;
    }
}
