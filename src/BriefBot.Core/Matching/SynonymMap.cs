namespace BriefBot.Core.Matching;

/// <summary>
/// Phrases that mean the same, as stem sequences, each mapped to its group's canonical term. A question's phrase is
/// replaced by the canonical term; a knowledge text keeps its own words and gains the canonical term beside them,
/// so "rocket" still finds the sentence that spells out "High Mobility Artillery Rocket Systems".
/// </summary>
internal sealed class SynonymMap
{
    private readonly Dictionary<string, List<(string[] Phrase, string Canonical)>> byFirstStem = new(StringComparer.Ordinal);

    public static SynonymMap Empty { get; } = new([]);

    public SynonymMap(IEnumerable<IReadOnlyList<string[]>> groups)
    {
        foreach (var group in groups)
        {
            if (group.Count < 2 || group[0].Length == 0)
            {
                continue;
            }

            var canonical = string.Join(' ', group[0]);
            foreach (var phrase in group.Where(p => p.Length > 0))
            {
                if (!byFirstStem.TryGetValue(phrase[0], out var list))
                {
                    byFirstStem[phrase[0]] = list = [];
                }

                list.Add((phrase, canonical));
                list.Sort((x, y) => y.Phrase.Length.CompareTo(x.Phrase.Length));
            }
        }
    }

    public bool IsEmpty => byFirstStem.Count == 0;

    /// <summary>
    /// Finds synonym phrases in a stem sequence. Returns (start, length, canonical) for each, longest first, without overlaps.
    /// </summary>
    public List<(int Start, int Length, string Canonical)> Find(IReadOnlyList<string> stems)
    {
        var found = new List<(int, int, string)>();
        for (var i = 0; i < stems.Count; i++)
        {
            if (!byFirstStem.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, canonical) in candidates)
            {
                if (i + phrase.Length <= stems.Count && Matches(stems, i, phrase))
                {
                    found.Add((i, phrase.Length, canonical));
                    i += phrase.Length - 1;
                    break;
                }
            }
        }

        return found;
    }

    private static bool Matches(IReadOnlyList<string> stems, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (stems[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
