namespace BriefBot.Deploy.Tests.Support;

/// <summary>A KEY=VALUE file as docker compose's env_file, systemd's EnvironmentFile and kustomize's envs read it: comments and blank lines skipped, values literal.</summary>
internal static class EnvFile
{
    public static IReadOnlyList<KeyValuePair<string, string>> Read(string path) =>
        [.. File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .Select(parts => new KeyValuePair<string, string>(parts[0], parts.Length > 1 ? parts[1] : ""))];
}
