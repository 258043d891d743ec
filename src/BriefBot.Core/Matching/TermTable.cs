namespace BriefBot.Core.Matching;

/// <summary>
/// Every stem the knowledge uses, numbered, with its inverse entry frequency. Stems are kept sorted too, so the
/// stems that extend a prefix (autocomplete, related forms) are found by binary search.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> ids;
    private readonly string[] sortedStems;
    private readonly int[] sortedIds;

    public TermTable(Dictionary<string, int> ids, int[] entryFrequency, int entryCount)
    {
        this.ids = ids;
        Stems = new string[ids.Count];
        foreach (var (stem, id) in ids)
        {
            Stems[id] = stem;
        }

        EntryFrequency = entryFrequency;
        Idf = new float[ids.Count];
        for (var i = 0; i < Idf.Length; i++)
        {
            Idf[i] = InverseFrequency(entryFrequency[i], entryCount);
        }

        // A word the knowledge never uses weighs like the rarest word it does: it is exactly what the knowledge cannot answer.
        UnknownIdf = InverseFrequency(0, entryCount);
        sortedIds = Enumerable.Range(0, Stems.Length).ToArray();
        sortedStems = (string[])Stems.Clone();
        Array.Sort(sortedStems, sortedIds, StringComparer.Ordinal);
    }

    public string[] Stems { get; }

    public int[] EntryFrequency { get; }

    public float[] Idf { get; }

    public float UnknownIdf { get; }

    public int Count => Stems.Length;

    public int IdOf(string stem) => ids.TryGetValue(stem, out var id) ? id : -1;

    /// <summary>Ids of the stems that start with <paramref name="prefix"/>, in sorted order.</summary>
    public IEnumerable<int> WithPrefix(string prefix)
    {
        var i = Array.BinarySearch(sortedStems, prefix, StringComparer.Ordinal);
        if (i < 0)
        {
            i = ~i;
        }

        for (; i < sortedStems.Length && sortedStems[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return sortedIds[i];
        }
    }

    private static float InverseFrequency(int frequency, int count) =>
        MathF.Log(1f + ((count - frequency + 0.5f) / (frequency + 0.5f)));
}
