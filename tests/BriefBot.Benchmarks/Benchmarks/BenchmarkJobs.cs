using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BriefBot.Benchmarks;

/// <summary>
/// The jobs, sized by the run mode. All run in this process (InProcess toolchain), so the benchmark classes share
/// one loaded workload and the custom columns read results computed beside the measurements.
/// </summary>
public static class BenchmarkJobs
{
    /// <summary>
    /// Matcher operations. One invocation already asks hundreds of questions (tens of milliseconds to seconds), so
    /// each iteration is one invocation and there is no pilot stage, which at 100k would cost more than the
    /// measurement.
    /// </summary>
    public static Job Matcher(BenchmarkMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        return InProcess()
            .WithWarmupCount(mode.MatcherWarmups)
            .WithIterationCount(mode.MatcherIterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("matcher");
    }

    /// <summary>Operations of seconds (a build, a linear scan at 100k): each invocation timed on its own.</summary>
    public static Job OneShot(string id, int warmups, int iterations) =>
        InProcess()
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId(id);

    // No overhead evaluation: it subtracts nanoseconds from operations of milliseconds, and each of its twenty-odd
    // iterations is preceded by a forced full collection that takes a quarter of a second with 100k entries alive.
    // In process a benchmark may take at most the toolchain's timeout; a 100k cold build or graph build takes minutes.
    private static Job InProcess() =>
        Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)).WithLaunchCount(1).WithEvaluateOverhead(false);
}

public sealed class MatcherJobConfig : ManualConfig
{
    public MatcherJobConfig() => AddJob(BenchmarkJobs.Matcher(BenchmarkMode.Current));
}

public sealed class BuildJobConfig : ManualConfig
{
    public BuildJobConfig() => AddJob(BenchmarkJobs.OneShot("build", BenchmarkMode.Current.BuildWarmups, BenchmarkMode.Current.BuildIterations));
}

public sealed class LinearScanJobConfig : ManualConfig
{
    public LinearScanJobConfig() => AddJob(BenchmarkJobs.OneShot("linear", 0, BenchmarkMode.Current.LinearScanIterations));
}

/// <summary>The fused matcher: several milliseconds a question, so fewer iterations than the lexical matcher's.</summary>
public sealed class FusedJobConfig : ManualConfig
{
    public FusedJobConfig() => AddJob(BenchmarkJobs.Matcher(BenchmarkMode.Current)
        .WithWarmupCount(BenchmarkMode.Current.FusedWarmups)
        .WithIterationCount(BenchmarkMode.Current.FusedIterations)
        .WithId("fused"));
}

/// <summary>A cold build embeds every text: minutes at 100k, so one, in every mode.</summary>
public sealed class ColdBuildJobConfig : ManualConfig
{
    public ColdBuildJobConfig() => AddJob(BenchmarkJobs.OneShot("cold", 0, 1));
}

/// <summary>Several askers at once: four settings of a few seconds an iteration, so at most three iterations each.</summary>
public sealed class ConcurrentJobConfig : ManualConfig
{
    public ConcurrentJobConfig() => AddJob(BenchmarkJobs.Matcher(BenchmarkMode.Current)
        .WithWarmupCount(BenchmarkMode.Current.FusedWarmups)
        .WithIterationCount(Math.Min(3, BenchmarkMode.Current.FusedIterations))
        .WithId("askers"));
}

/// <summary>Nearest rows: a few to hundreds of milliseconds an invocation of 100 questions.</summary>
public sealed class SearchJobConfig : ManualConfig
{
    public SearchJobConfig() => AddJob(BenchmarkJobs.Matcher(BenchmarkMode.Current)
        .WithWarmupCount(2)
        .WithIterationCount(BenchmarkMode.Current.Name == "full" ? 15 : 5)
        .WithId("search"));
}
