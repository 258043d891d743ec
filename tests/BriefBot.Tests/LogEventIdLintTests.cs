using System.Reflection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Tests;

/// <summary>
/// Every [LoggerMessage] of every BriefBot assembly has an event id in its assembly's range, and no two messages of
/// an assembly share one: an operator's log query by id then finds one message, and the range alone says which
/// assembly wrote it.
/// </summary>
public sealed class LogEventIdLintTests
{
    /// <summary>The ranges the README's "Log event ids" section documents; a new project gets a row in both.</summary>
    private static readonly Dictionary<string, (int First, int Last)> Ranges = new(StringComparer.Ordinal)
    {
        ["BriefBot"] = (1, 99),
        ["BriefBot.Core"] = (100, 999),
        ["BriefBot.Slack"] = (1000, 1999),
        ["BriefBot.Discord"] = (2000, 2999),
        ["BriefBot.Storage"] = (3000, 3299),
        ["BriefBot.Storage.Sqlite"] = (3300, 3599),
        ["BriefBot.Storage.Postgres"] = (3600, 3899),
        ["BriefBot.Web"] = (4000, 4999),
        ["BriefBot.Authoring"] = (5000, 5999),
        ["BriefBot.Embeddings"] = (6000, 6999),
    };

    public static TheoryData<string> Assemblies => new(Ranges.Keys);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Each_event_id_lies_in_its_assemblys_range_and_names_one_message(string assembly)
    {
        var (first, last) = Ranges[assembly];
        var messages = Assembly.Load(assembly).GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Message: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Message is not null)
            .Select(m => (Name: $"{m.Method.DeclaringType!.FullName}.{m.Method.Name}", Id: m.Message!.EventId))
            .ToList();

        // An attribute without an id has -1, which is outside every range: each message states its id.
        Assert.Empty(messages.Where(m => m.Id < first || m.Id > last).Select(m => $"{m.Name}: {m.Id}, outside {first}–{last}"));
        Assert.Empty(messages.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Name))}"));
    }

    [Fact]
    public void No_two_assemblies_share_ids()
    {
        var ranges = Ranges.OrderBy(r => r.Value.First).ToList();
        var overlaps = ranges.Zip(ranges.Skip(1)).Where(p => p.Second.Value.First <= p.First.Value.Last).Select(p => $"{p.First.Key} and {p.Second.Key}");
        Assert.Empty(overlaps);
    }

    [Fact]
    public void Every_BriefBot_assembly_has_a_range()
    {
        // The test's output holds every source project it references, the host's dependencies included.
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "BriefBot*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.EndsWith(".Tests", StringComparison.Ordinal))
            .ToList();

        Assert.Contains("BriefBot.Core", assemblies);
        Assert.All(assemblies, name => Assert.True(Ranges.ContainsKey(name!), $"{name} has no range of log event ids"));
    }
}
