using System.Globalization;

namespace BriefBot.Benchmarks;

/// <summary>
/// What one run measures and how hard: the sizes, the seed, and the effort spent on each measurement. Quick mode
/// fits in two minutes on two cores; full mode measures longer and runs the linear scan at every size.
/// </summary>
public sealed record BenchmarkMode(
    string Name,
    int Seed,
    IReadOnlyList<int> Sizes,
    IReadOnlyList<int> LinearScanSizes,
    int MatcherWarmups,
    int MatcherIterations,
    int BuildWarmups,
    int BuildIterations,
    int LinearScanIterations,
    int PercentileRounds,
    int FusedWarmups,
    int FusedIterations,
    int FusedPercentileRounds)
{
    public const int DefaultSeed = 20260530;

    /// <summary>The matrix sizes the nearest-row search is measured at (<c>--search</c>; <c>--rows 5000,20000</c> for others).</summary>
    public IReadOnlyList<int> SearchRows { get; init; } = [1_000, 5_000, 20_000, 100_000, 300_000];

    /// <summary>The mode the benchmark classes read; BenchmarkDotNet creates them itself, in this process (InProcess toolchain).</summary>
    public static BenchmarkMode Current { get; set; } = Quick(DefaultSeed);

    /// <summary>
    /// The knowledge size being benchmarked. Each size is one BenchmarkDotNet run of every class, build first, so the
    /// knowledge base the build benchmark makes is the one the others use: BenchmarkDotNet runs class after class,
    /// and with every size in one run each class would load every size again.
    /// </summary>
    public static int CurrentSize { get; set; }

    public static BenchmarkMode Quick(int seed) =>
        new("quick", seed, [1_000, 5_000, 10_000, 100_000], [1_000, 10_000], 1, 3, 0, 1, 1, 2, 1, 2, 1);

    public static BenchmarkMode Full(int seed) =>
        new("full", seed, [1_000, 5_000, 10_000, 100_000], [1_000, 10_000, 100_000], 3, 20, 1, 3, 2, 10, 1, 4, 2);

    /// <summary>Reads <c>--quick</c> (the default) or <c>--full</c>, <c>--seed N</c> and <c>--sizes 1000,10000</c>.</summary>
    public static BenchmarkMode FromArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var seed = ValueAfter(args, "--seed") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : DefaultSeed;
        var mode = args.Contains("--full") ? Full(seed) : Quick(seed);
        if (ValueAfter(args, "--sizes") is { } sizes)
        {
            var chosen = sizes.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            mode = mode with { Sizes = chosen, LinearScanSizes = [.. mode.LinearScanSizes.Intersect(chosen)] };
        }

        if (ValueAfter(args, "--rows") is { } rows)
        {
            mode = mode with { SearchRows = [.. rows.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture))] };
        }

        return mode;
    }

    private static string? ValueAfter(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }
}
