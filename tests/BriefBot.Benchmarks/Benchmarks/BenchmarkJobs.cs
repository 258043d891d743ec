using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace BriefBot.Benchmarks;

/// <summary>
/// The jobs, sized by the run mode. All run in this process (InProcess toolchain), so the benchmark classes share
/// one loaded workload and the custom columns read results computed beside the measurements.
/// </summary>
public static class BenchmarkJobs
{
    /// <summary>Fast operations: warm-up, then iterations of many invocations.</summary>
    public static Job Matcher(BenchmarkMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        return InProcess("matcher")
            .WithWarmupCount(mode.MatcherWarmups)
            .WithIterationCount(mode.MatcherIterations)
            .WithIterationTime(TimeInterval.FromMilliseconds(mode.MatcherIterationTime.TotalMilliseconds))
            .WithUnrollFactor(1);
    }

    /// <summary>Operations of seconds (a build, a linear scan at 100k): each invocation timed on its own, no warm-up beyond the first call.</summary>
    public static Job OneShot(string id, int iterations) =>
        InProcess(id)
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(0)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1);

    private static Job InProcess(string id) => Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithId(id);
}

public sealed class MatcherJobConfig : ManualConfig
{
    public MatcherJobConfig() => AddJob(BenchmarkJobs.Matcher(BenchmarkMode.Current));
}

public sealed class BuildJobConfig : ManualConfig
{
    public BuildJobConfig() => AddJob(BenchmarkJobs.OneShot("build", BenchmarkMode.Current.BuildIterations));
}

public sealed class LinearScanJobConfig : ManualConfig
{
    public LinearScanJobConfig() => AddJob(BenchmarkJobs.OneShot("linear", BenchmarkMode.Current.LinearScanIterations));
}
