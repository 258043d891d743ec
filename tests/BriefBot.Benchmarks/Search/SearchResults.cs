using System.Collections.Concurrent;

namespace BriefBot.Benchmarks.Search;

/// <summary>What the search benchmarks learn beside the times: each method's recall against the exact scan, and the graph index's build.</summary>
public static class SearchResults
{
    public static ConcurrentDictionary<(int Rows, string Method), double> Recall { get; } = new();

    public static ConcurrentDictionary<int, TimeSpan> GraphBuild { get; } = new();

    /// <summary>Why the graph index could not be measured (its native library did not load), if it could not.</summary>
    public static string? GraphUnavailable { get; set; }

    /// <summary>The share of the exact top rows that <paramref name="found"/> holds, over every question.</summary>
    public static double RecallOf(IReadOnlyList<int[]> exact, IReadOnlyList<IEnumerable<int>> found)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(found);
        var hits = 0;
        var total = 0;
        for (var q = 0; q < exact.Count; q++)
        {
            var wanted = exact[q].ToHashSet();
            hits += found[q].Count(wanted.Contains);
            total += wanted.Count;
        }

        return total == 0 ? 1 : (double)hits / total;
    }
}
