using System.Text;

namespace BriefBot.Core.Matching;

/// <summary>
/// The Porter2 ("English") stemmer of the Snowball project, so that "lobbied" and "lobbying", "responded" and
/// "respond" meet. Input is one lower-case word.
/// </summary>
public static class EnglishStemmer
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> Step1AExceptions =
        ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"),
        ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"),
        ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }

        var w = new StringBuilder(word.TrimStart('\''));
        if (w.Length <= 2)
        {
            return w.ToString();
        }

        MarkConsonantY(w);
        var r1 = RegionOne(w);
        var r2 = RegionAfter(w, r1);

        Step0(w);
        Step1A(w);
        if (Step1AExceptions.Contains(w.ToString()))
        {
            return w.ToString();
        }

        Step1B(w, r1);
        Step1C(w);
        ApplyRules(w, Step2Rules, r1, Step2Condition);
        Step3(w, r1, r2);
        Step4(w, r2);
        Step5(w, r1, r2);
        return Finish(w);
    }

    private static string Finish(StringBuilder w) => w.ToString().Replace('Y', 'y');

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void MarkConsonantY(StringBuilder w)
    {
        if (w[0] == 'y')
        {
            w[0] = 'Y';
        }

        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1]))
            {
                w[i] = 'Y';
            }
        }
    }

    private static int RegionOne(StringBuilder w)
    {
        var s = w.ToString();
        foreach (var prefix in (string[])["gener", "commun", "arsen"])
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return RegionAfter(w, 0);
    }

    private static int RegionAfter(StringBuilder w, int start)
    {
        for (var i = start + 1; i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (suffix.Length > w.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[w.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Replace(StringBuilder w, int suffixLength, string replacement)
    {
        w.Length -= suffixLength;
        w.Append(replacement);
    }

    private static bool HasVowelBefore(StringBuilder w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsInShortSyllable(StringBuilder w)
    {
        var n = w.Length;
        if (n == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        return n >= 3 && !IsVowel(w[n - 3]) && IsVowel(w[n - 2]) && !IsVowel(w[n - 1]) && w[n - 1] is not ('w' or 'x' or 'Y');
    }

    private static void Step0(StringBuilder w)
    {
        foreach (var suffix in (string[])["'s'", "'s", "'"])
        {
            if (EndsWith(w, suffix))
            {
                w.Length -= suffix.Length;
                return;
            }
        }
    }

    private static void Step1A(StringBuilder w)
    {
        if (EndsWith(w, "sses"))
        {
            w.Length -= 2;
        }
        else if (EndsWith(w, "ied") || EndsWith(w, "ies"))
        {
            Replace(w, 3, w.Length > 4 ? "i" : "ie");
        }
        else if (EndsWith(w, "s") && !EndsWith(w, "us") && !EndsWith(w, "ss") && HasVowelBefore(w, w.Length - 2))
        {
            w.Length -= 1;
        }
    }

    private static void Step1B(StringBuilder w, int r1)
    {
        foreach (var suffix in (string[])["eedly", "eed"])
        {
            if (EndsWith(w, suffix))
            {
                if (w.Length - suffix.Length >= r1)
                {
                    Replace(w, suffix.Length, "ee");
                }

                return;
            }
        }

        foreach (var suffix in (string[])["ingly", "edly", "ing", "ed"])
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            var stemLength = w.Length - suffix.Length;
            if (!HasVowelBefore(w, stemLength))
            {
                return;
            }

            w.Length = stemLength;
            if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
            {
                w.Append('e');
            }
            else if (w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
            {
                w.Length -= 1;
            }
            else if (r1 >= w.Length && EndsInShortSyllable(w))
            {
                w.Append('e');
            }

            return;
        }
    }

    private static void Step1C(StringBuilder w)
    {
        if (w.Length > 2 && w[^1] is 'y' or 'Y' && !IsVowel(w[^2]))
        {
            w[^1] = 'i';
        }
    }

    private static bool Step2Condition(StringBuilder w, string suffix, int stemLength) => suffix switch
    {
        "ogi" => stemLength > 0 && w[stemLength - 1] == 'l',
        "li" => stemLength > 0 && w[stemLength - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't',
        _ => true,
    };

    private static void ApplyRules(
        StringBuilder w,
        (string Suffix, string Replacement)[] rules,
        int region,
        Func<StringBuilder, string, int, bool> condition)
    {
        foreach (var (suffix, replacement) in rules.OrderByDescending(r => r.Suffix.Length))
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            var stemLength = w.Length - suffix.Length;
            if (stemLength >= region && condition(w, suffix, stemLength))
            {
                Replace(w, suffix.Length, replacement);
            }

            return;
        }
    }

    private static void Step3(StringBuilder w, int r1, int r2) =>
        ApplyRules(w, Step3Rules, r1, (word, suffix, stemLength) => suffix != "ative" || stemLength >= r2);

    private static void Step4(StringBuilder w, int r2)
    {
        foreach (var suffix in Step4Suffixes.OrderByDescending(s => s.Length))
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            var stemLength = w.Length - suffix.Length;
            if (stemLength >= r2 && (suffix != "ion" || (stemLength > 0 && w[stemLength - 1] is 's' or 't')))
            {
                w.Length = stemLength;
            }

            return;
        }
    }

    private static void Step5(StringBuilder w, int r1, int r2)
    {
        if (EndsWith(w, "e"))
        {
            var stemLength = w.Length - 1;
            if (stemLength >= r2)
            {
                w.Length = stemLength;
            }
            else if (stemLength >= r1)
            {
                w.Length = stemLength;
                if (EndsInShortSyllable(w))
                {
                    w.Append('e');
                }
            }
        }
        else if (EndsWith(w, "ll") && w.Length - 1 >= r2)
        {
            w.Length -= 1;
        }
    }
}
