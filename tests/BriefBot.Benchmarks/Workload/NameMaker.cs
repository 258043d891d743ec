using System.Globalization;

namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// Invents the named entities that tell one document from another: organisations, products, places, people,
/// project codes. Invented words are pronounceable syllable chains, each used once across the corpus.
/// </summary>
internal sealed class NameMaker(SeededRandom random, ISet<string> taken)
{
    private static readonly string[] Syllables =
    [
        "vel", "tra", "mor", "ban", "cal", "der", "mir", "ost", "lun", "ka", "ren", "dal", "fin", "gar", "hel", "jor",
        "kel", "lor", "mar", "nor", "pel", "quin", "ros", "sel", "tor", "var", "wen", "yar", "zel", "bri", "cor",
        "dun", "fal", "gil", "hal", "lan", "mev", "nav", "orn", "pra", "ril", "sav", "tel", "ulm", "vor", "wyn",
        "zan", "bel", "cas", "dor", "ent", "fen", "gor", "hes", "ivo", "jun", "kor", "lis", "mon", "nex", "ori",
        "ash", "bar", "cen", "dra", "eno", "far", "gan", "hol", "ira", "kin", "lem", "mal", "nim", "ola", "pan",
        "rav", "sor", "tam", "una", "ves", "wil", "xan", "yor", "zor", "bla", "cre", "del", "ela", "fro", "gla",
    ];

    private static readonly string[] OrgSuffixes =
    [
        "Labs", "Group", "Logistics", "Health", "Systems", "Energy", "Bank", "Partners", "Foods", "Analytics",
        "Robotics", "Insurance", "Freight", "Media", "Pharma", "Networks", "Retail", "Airlines",
    ];

    private static readonly string[] PlaceSuffixes = ["ford", "ton", "vale", "field", "bridge", "mouth", "port", "wick", "stead", "haven"];

    private static readonly string[] PlacePrefixes = ["Port", "North", "South", "East", "West", "New", "Lake", "Fort"];

    /// <summary>A capitalised invented word that no other entity in the corpus uses.</summary>
    public string Word()
    {
        while (true)
        {
            var count = random.Chance(0.6) ? 2 : 3;
            var word = string.Concat(Enumerable.Range(0, count).Select(_ => random.Pick(Syllables)));
            word = char.ToUpperInvariant(word[0]) + word[1..];
            if (taken.Add(word.ToLowerInvariant()))
            {
                return word;
            }
        }
    }

    public string Organisation() => Word() + " " + random.Pick(OrgSuffixes);

    public string Place() => random.Chance(0.35) ? random.Pick(PlacePrefixes) + " " + Word() : Word() + random.Pick(PlaceSuffixes);

    public string Person() => random.Pick(Vocabulary.FirstNames) + " " + random.Pick(Vocabulary.Surnames);

    /// <summary>A ticket or project code such as "VEL-4821", unique in the corpus.</summary>
    public string Code(string name)
    {
        var prefix = name.Length >= 3 ? name[..3].ToUpperInvariant() : name.ToUpperInvariant().PadRight(3, 'X');
        while (true)
        {
            var code = prefix + "-" + random.Next(1000, 10000).ToString(CultureInfo.InvariantCulture);
            if (taken.Add(code.ToLowerInvariant()))
            {
                return code;
            }
        }
    }
}
