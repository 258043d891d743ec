namespace BriefBot.Core.Matching;

/// <summary>
/// Phrases that mean the same, as stem sequences, each mapped to its group's canonical term. A question's phrase is
/// always replaced by the canonical term. In knowledge texts, a curated synonym ("huddle space" = "meeting room")
/// is replaced too, so both sides speak of one thing; an acronym's long form is expanded instead, keeping its own
/// words beside the canonical term, so "rocket" still finds "High Mobility Artillery Rocket Systems".
/// </summary>
internal sealed class SynonymMap
{
    private readonly Dictionary<string, List<(string[] Phrase, string Canonical, bool Expand)>> byFirstStem = new(StringComparer.Ordinal);

    public SynonymMap(IEnumerable<(IReadOnlyList<string[]> Phrases, bool Expand)> groups)
    {
        foreach (var (group, expand) in groups)
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

                list.Add((phrase, canonical, expand));
                list.Sort((x, y) => y.Phrase.Length.CompareTo(x.Phrase.Length));
            }
        }
    }

    /// <summary>
    /// Finds synonym phrases in a stem sequence. Returns (start, length, canonical, expand) for each, longest first, without overlaps.
    /// </summary>
    public List<(int Start, int Length, string Canonical, bool Expand)> Find(IReadOnlyList<string> stems)
    {
        var found = new List<(int, int, string, bool)>();
        for (var i = 0; i < stems.Count; i++)
        {
            if (!byFirstStem.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, canonical, expand) in candidates)
            {
                if (i + phrase.Length <= stems.Count && Matches(stems, i, phrase))
                {
                    found.Add((i, phrase.Length, canonical, expand));
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
