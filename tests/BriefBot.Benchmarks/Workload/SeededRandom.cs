namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// SplitMix64, written out rather than <see cref="Random"/>: the workload must be byte-identical for a seed on every
/// runtime, and System.Random's seeded sequence is an implementation detail of the runtime.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>An independent stream for one purpose, so adding draws to one part of the workload never shifts another.</summary>
    public static SeededRandom For(int seed, string purpose)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in purpose)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return new SeededRandom(hash ^ (ulong)seed);
    }

    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> distinct items in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var order = Enumerable.Range(0, items.Count).ToArray();
        var taken = Math.Min(count, order.Length);
        for (var i = 0; i < taken; i++)
        {
            var j = Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return [.. order.Take(taken).Select(i => items[i])];
    }

    private ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
