using System.Diagnostics;
using Cloud.Unum.USearch;

namespace BriefBot.Benchmarks.Search;

/// <summary>
/// An HNSW graph over the rows (USearch, inner product on unit vectors, which is cosine), with USearch's defaults
/// written out: 16 links a node, 128 candidates while adding, 64 while searching.
/// </summary>
public sealed class GraphIndex : IDisposable
{
    private readonly USearchIndex index;

    private GraphIndex(USearchIndex index) => this.index = index;

    /// <summary>The index of <paramref name="rows"/>, or null (with the reason in <see cref="SearchResults.GraphUnavailable"/>) when USearch's native library does not load here.</summary>
    public static GraphIndex? TryBuild(float[] rows, int dimensions, out TimeSpan took)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var clock = Stopwatch.StartNew();
        USearchIndex index;
        try
        {
            index = new USearchIndex(MetricKind.Ip, ScalarKind.Float32, (ulong)dimensions, connectivity: 16, expansionAdd: 128, expansionSearch: 64);
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException or EntryPointNotFoundException or TypeInitializationException)
        {
            SearchResults.GraphUnavailable = e.GetType().Name + ": " + e.Message;
            took = TimeSpan.Zero;
            return null;
        }

        var count = rows.Length / dimensions;

        // All in one call: the wrapper then reserves the capacity once (added one by one it grows the index by one
        // row each time), and adds them one after another: from several threads USearch 2.26.6 refused insertions
        // here ("Reserve capacity ahead of insertions!").
        var keys = Enumerable.Range(0, count).Select(r => (ulong)r).ToArray();
        index.Add(keys, [.. Enumerable.Range(0, count).Select(r => rows.AsSpan(r * dimensions, dimensions).ToArray())]);

        took = clock.Elapsed;
        return new GraphIndex(index);
    }

    public int[] Nearest(float[] query, int k)
    {
        var found = index.Search(query, k, out var keys, out _);
        return [.. keys.Take(found).Select(key => (int)key)];
    }

    public void Dispose() => index.Dispose();
}

