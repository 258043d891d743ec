namespace BriefBot.Storage.Postgres.Tests;

/// <summary>
/// Where the tests get a PostgreSQL server: the one named by <c>BRIEFBOT_TEST_POSTGRES</c>, or else a throwaway one
/// started from Debian's binaries. Decided once, before any test runs, because xunit decides skips at discovery.
/// </summary>
internal static class PostgresAvailability
{
    public const string ServerVariable = "BRIEFBOT_TEST_POSTGRES";
    public const string RequireVariable = "BRIEFBOT_REQUIRE_POSTGRES";

    private static readonly Lazy<string?> Unavailable = new(FindReason);

    /// <summary>The connection string of a server to use (its user may create databases), or null to start one.</summary>
    public static string? ExternalServer => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Set by CI, so a machine without PostgreSQL fails the run instead of skipping it unnoticed.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why no server can be had here, with what to do about it; null when one can.</summary>
    public static string? Reason => Unavailable.Value;

    /// <summary>Debian's <c>initdb</c>, the newest installed version first.</summary>
    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    private static string? FindReason()
    {
        if (ExternalServer is not null)
        {
            return null;
        }

        const string HowTo = $"Install PostgreSQL (Debian: apt-get install postgresql) so the tests can start a throwaway server, or set {ServerVariable} to the connection string of a server whose user may create databases.";
        if (!OperatingSystem.IsLinux() || FindBinaries() is null)
        {
            return $"No PostgreSQL server binaries in /usr/lib/postgresql/*/bin. {HowTo}";
        }

        // initdb refuses to run as root; the server is then run as Debian's postgres user.
        if (Environment.UserName == "root" && (!File.Exists("/usr/sbin/runuser") || !File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal))))
        {
            return $"Running as root, and there is no postgres user (or no runuser) to run initdb as. {HowTo}";
        }

        return null;
    }
}
