namespace BriefBot.Core.Knowledge.Documents;

/// <summary>
/// A table's rows as facts that keep their header: "Region: EU — Impact: 38% of checkouts failed". A reader sees each
/// cell under its column's header, so the fact says both, in the cells' own words and in column order.
/// </summary>
internal static class TableRows
{
    public static IEnumerable<string> Facts(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0)
        {
            yield break;
        }

        var header = rows[0];
        var hasHeader = rows.Count > 1 && header.All(h => h.Length > 0);
        foreach (var row in hasHeader ? rows.Skip(1) : rows)
        {
            var cells = row.Select((cell, i) => hasHeader && i < header.Count ? $"{header[i]}: {cell}" : cell)
                .Where((cell, i) => row[i].Length > 0);
            var fact = string.Join(" — ", cells);
            if (fact.Length > 0)
            {
                yield return fact;
            }
        }
    }
}
