namespace BriefBot.Deploy.Tests.Systemd;

/// <summary>A systemd unit file's settings by section, in order (a key may repeat: Environment=, SystemCallFilter=).</summary>
internal sealed record UnitFile(IReadOnlyList<(string Section, string Key, string Value)> Settings)
{
    public static UnitFile Deployed { get; } = Read(Support.Repository.File("deploy", "briefbot.service"));

    public IEnumerable<string> All(string section, string key) =>
        Settings.Where(s => s.Section == section && s.Key == key).Select(s => s.Value);

    public string? Get(string section, string key) => All(section, key).LastOrDefault();

    /// <summary>The Environment= assignments of [Service], later ones winning.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        All("Service", "Environment")
            .Select(v => v.Split('=', 2))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);

    public static UnitFile Read(string path)
    {
        var settings = new List<(string, string, string)>();
        var section = "";
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                section = line.Trim('[', ']');
                continue;
            }

            var parts = line.Split('=', 2);
            settings.Add((section, parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : ""));
        }

        return new UnitFile(settings);
    }
}
