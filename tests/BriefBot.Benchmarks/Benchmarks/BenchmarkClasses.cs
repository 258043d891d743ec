using BriefBot.Benchmarks.Semantic;

namespace BriefBot.Benchmarks;

/// <summary>
/// The benchmark classes of one size, in the order they must run: each build hands its knowledge base to the
/// classes after it, the lexical ones first, then the embeddings' cold build, whose cache the warm start reads.
/// </summary>
public static class BenchmarkClasses
{
    public static IEnumerable<Type> For(BenchmarkMode mode, int size)
    {
        ArgumentNullException.ThrowIfNull(mode);
        if (size == mode.Sizes[0])
        {
            yield return typeof(EncoderBenchmarks);
        }

        yield return typeof(BuildBenchmarks);
        yield return typeof(MatcherBenchmarks);
        if (mode.LinearScanSizes.Contains(size))
        {
            yield return typeof(LinearScanBenchmarks);
        }

        yield return typeof(ColdBuildBenchmarks);
        yield return typeof(WarmStartBenchmarks);
        yield return typeof(FusedMatcherBenchmarks);

        // Several askers at once matter where a question costs the most; at every size it would double the run.
        if (size == mode.Sizes.Max())
        {
            yield return typeof(ConcurrentAskBenchmarks);
        }
    }
}
