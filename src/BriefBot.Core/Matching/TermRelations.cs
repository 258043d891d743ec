namespace BriefBot.Core.Matching;

/// <summary>
/// How close two different stems are in meaning, from their spelling alone: "russia" and "russian" share a long
/// prefix; "invad" (invade) and "invas" (invasion) differ only by the d/s alternation English derivation makes
/// (decide/decision, defend/defense). Returns 0 for unrelated stems.
/// </summary>
public static class TermRelations
{
    public const float DerivedForm = 0.85f;
    public const float PrefixForm = 0.8f;

    /// <summary>A synonym from a frequent sense of the word ("kid" for "child"): related, but meaning can drift.</summary>
    public const float Synonym = 0.7f;

    /// <summary>A compound the word begins ("down" in "downtime"), when the rest is a common word of its own.</summary>
    public const float Compound = 0.7f;

    public const float CompoundPartZipf = 3.5f;
    private const int MinimumStem = 4;

    public static float Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length < MinimumStem || b.Length < MinimumStem || a == b || IsNumber(a) || IsNumber(b))
        {
            return 0f;
        }

        if (a.Length == b.Length && a[^1] != b[^1] && a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, b.Length - 1))
            && ((a[^1] == 'd' && b[^1] == 's') || (a[^1] == 's' && b[^1] == 'd')))
        {
            return DerivedForm;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        // A stem that another merely extends by a short ending: "russia" in "russian", "secur" in "security".
        if (longer.StartsWith(shorter, StringComparison.Ordinal) && longer.Length - shorter.Length <= 3 && shorter.Length >= 5)
        {
            return PrefixForm;
        }

        return 0f;
    }

    private static bool IsNumber(string s) => char.IsDigit(s[0]);
}
