namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// Adds the typos fast typists make: two neighbouring letters swapped, a letter dropped, a letter doubled. Only in
/// words of five letters or more, and never the first letter, which people rarely get wrong.
/// </summary>
internal static class Typos
{
    private const int MinWordLength = 5;

    public static string Add(string text, SeededRandom random)
    {
        var words = text.Split(' ');
        var eligible = Enumerable.Range(0, words.Length)
            .Where(i => words[i].TrimEnd('?', ',').Length >= MinWordLength && words[i].TrimEnd('?', ',').All(char.IsLetter))
            .ToList();
        foreach (var i in random.Sample(eligible, random.Chance(0.5) ? 2 : 1))
        {
            words[i] = Misspell(words[i], random);
        }

        return string.Join(' ', words);
    }

    private static string Misspell(string word, SeededRandom random)
    {
        var letters = word.TrimEnd('?', ',');
        var tail = word[letters.Length..];
        var at = random.Next(1, letters.Length - 1);
        var misspelt = random.Next(3) switch
        {
            0 when letters[at] != letters[at + 1] => letters[..at] + letters[at + 1] + letters[at] + letters[(at + 2)..],
            1 => letters.Remove(at, 1),
            _ => letters.Insert(at, letters[at].ToString()),
        };
        return misspelt + tail;
    }
}
