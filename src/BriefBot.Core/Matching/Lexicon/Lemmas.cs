namespace BriefBot.Core.Matching.Lexicon;

/// <summary>
/// The dictionary forms a word may be an inflection of, as WordNet's "morphy" finds them: irregular forms from a
/// table, then the regular English endings ("deaths" → "death", "approved" → "approve", "cities" → "city").
/// </summary>
internal static class Lemmas
{
    private static readonly (string Ending, string Replacement)[] Endings =
    [
        ("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"), ("zes", "z"), ("ses", "s"),
        ("men", "man"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"),
        ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ];

    public static IEnumerable<string> Of(string word)
    {
        yield return word;
        if (IrregularForms.Lemma(word) is { } irregular)
        {
            yield return irregular;
        }

        foreach (var (ending, replacement) in Endings)
        {
            // Two letters must stay before the ending, so "died" → "die" and "used" → "use", but "bed" is no "be".
            if (word.Length >= ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                yield return stem + replacement;
                // "stopped" → "stop", "running" → "run": a doubled final consonant is undone too.
                if (replacement.Length == 0 && stem.Length > 3 && stem[^1] == stem[^2] && ending is "ed" or "ing" or "er" or "est")
                {
                    yield return stem[..^1];
                }
            }
        }
    }
}
