using System.Globalization;

namespace BriefBot.Benchmarks.Workload;

/// <summary>The named entities, dates and numbers of one document: the values its templates' <c>{Slot}</c>s take.</summary>
internal sealed record DocumentEntities(IReadOnlyDictionary<string, string> Slots)
{
    public string this[string slot] => Slots[slot];

    public static DocumentEntities Make(NameMaker names, SeededRandom random, IReadOnlyList<string> areas)
    {
        var name = names.Word();
        var year = random.Next(2026, 2028);
        var area = random.Pick(areas);
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Name"] = name,
            ["Org"] = names.Organisation(),
            ["Org2"] = names.Organisation(),
            ["Code"] = names.Code(name),
            ["Place"] = names.Place(),
            ["Place2"] = names.Place(),
            ["Person"] = names.Person(),
            ["Person2"] = names.Person(),
            ["Team"] = random.Pick(Vocabulary.Teams),
            ["Area"] = area,
            ["TitleArea"] = string.Join(' ', area.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
            ["Year"] = year.ToString(CultureInfo.InvariantCulture),
            ["Date"] = Date(random, year),
            ["Date2"] = Date(random, year),
            ["Month"] = random.Pick(Vocabulary.Months),
            ["Weekday"] = random.Pick(Vocabulary.Weekdays),
            ["Time"] = Time(random),
            ["Num"] = random.Next(2, 15).ToString(CultureInfo.InvariantCulture),
            ["Num2"] = random.Next(15, 40).ToString(CultureInfo.InvariantCulture),
            ["Num3"] = random.Next(40, 120).ToString(CultureInfo.InvariantCulture),
            ["Pct"] = random.Next(3, 30).ToString(CultureInfo.InvariantCulture) + " percent",
            ["Pct2"] = random.Next(30, 90).ToString(CultureInfo.InvariantCulture) + " percent",
            ["Money"] = Money(random),
            ["Price"] = "$" + random.Next(8, 400).ToString(CultureInfo.InvariantCulture),
            ["Count"] = random.Next(1200, 9800).ToString("N0", CultureInfo.InvariantCulture),
        };
        return new DocumentEntities(slots);
    }

    private static string Date(SeededRandom random, int year) =>
        $"{random.Pick(Vocabulary.Months)} {random.Next(1, 29).ToString(CultureInfo.InvariantCulture)}, {year.ToString(CultureInfo.InvariantCulture)}";

    private static string Time(SeededRandom random)
    {
        var hour = random.Next(1, 12);
        var minutes = random.Chance(0.5) ? ":30" : "";
        return $"{hour.ToString(CultureInfo.InvariantCulture)}{minutes} {(random.Chance(0.5) ? "a.m." : "p.m.")}";
    }

    private static string Money(SeededRandom random) => random.Chance(0.7)
        ? "$" + random.Next(11, 95).ToString(CultureInfo.InvariantCulture).Insert(1, ".") + " million"
        : "$" + random.Next(120, 990).ToString(CultureInfo.InvariantCulture) + " million";
}
