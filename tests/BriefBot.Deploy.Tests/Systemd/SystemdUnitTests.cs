using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Deploy.Tests.Support;

namespace BriefBot.Deploy.Tests.Systemd;

/// <summary>deploy/briefbot.service as systemd reads it, and the settings an operator relies on.</summary>
public sealed partial class SystemdUnitTests
{
    private static readonly UnitFile Unit = UnitFile.Deployed;

    [Fact]
    public async Task Systemd_analyze_verify_accepts_the_unit_without_a_warning()
    {
        using var temp = new TempFolder("briefbot-unit-");
        var copy = Path.Combine(temp.Path, "briefbot.service");
        File.WriteAllText(copy, WithDotnetThatExistsHere(File.ReadAllText(Repository.File("deploy", "briefbot.service"))));

        var result = await ProcessRun.RunAsync(new ProcessStartInfo("systemd-analyze") { ArgumentList = { "verify", copy } }, TimeSpan.FromSeconds(60));

        // verify exits 0 on an unknown key or syscall group and only prints it; any output is a mistake in the unit.
        Assert.True(result.ExitCode == 0 && result.Output.Trim().Length == 0 && result.Error.Trim().Length == 0, result.ToString());
    }

    [Fact]
    public async Task Systemd_analyze_security_rates_the_sandbox_ok()
    {
        using var temp = new TempFolder("briefbot-unit-");
        var copy = Path.Combine(temp.Path, "briefbot.service");
        File.Copy(Repository.File("deploy", "briefbot.service"), copy);

        var result = await ProcessRun.RunAsync(new ProcessStartInfo("systemd-analyze") { ArgumentList = { "security", "--offline=yes", "--no-pager", copy } }, TimeSpan.FromSeconds(60));

        var level = ExposureLevel().Match(result.Output);
        Assert.True(level.Success, result.ToString());
        // systemd's scale: 0 to 2 is "OK", up to 5 "MEDIUM", above that "EXPOSED" or "UNSAFE".
        Assert.InRange(double.Parse(level.Groups["level"].Value, CultureInfo.InvariantCulture), 0, 2.0);
    }

    [Fact]
    public void It_is_a_notify_service_that_restarts_on_failure()
    {
        Assert.Equal("notify", Unit.Get("Service", "Type"));
        Assert.Equal("on-failure", Unit.Get("Service", "Restart"));
        Assert.Equal("multi-user.target", Unit.Get("Install", "WantedBy"));
    }

    [Fact]
    public void It_runs_the_published_dll_from_its_working_directory()
    {
        var exec = Unit.Get("Service", "ExecStart")!.Split(' ');
        var workdir = Unit.Get("Service", "WorkingDirectory")!;

        Assert.EndsWith("/dotnet", exec[0], StringComparison.Ordinal);
        Assert.Equal(workdir + "/BriefBot.dll", exec[1]);
    }

    [Fact]
    public void Secrets_come_from_a_root_only_environment_file_not_the_unit()
    {
        Assert.Equal("/etc/briefbot/briefbot.env", Unit.Get("Service", "EnvironmentFile"));
        Assert.DoesNotContain(Unit.Environment.Keys, k => k.Contains("Token", StringComparison.Ordinal) || k.Contains("Secret", StringComparison.Ordinal));
    }

    [Fact]
    public void The_database_is_in_the_state_directory_systemd_makes_writable()
    {
        var state = "/var/lib/" + Unit.Get("Service", "StateDirectory");

        Assert.Equal("strict", Unit.Get("Service", "ProtectSystem"));
        Assert.Equal(state, Path.GetDirectoryName(Unit.Environment["Storage__Path"]));
    }

    [Fact]
    public void Systemd_waits_longer_than_the_hosts_shutdown_timeout_before_sigkill()
    {
        var shutdown = TimeSpan.Parse(Unit.Environment["HostOptions__ShutdownTimeout"], CultureInfo.InvariantCulture);

        Assert.Equal("SIGTERM", Unit.Get("Service", "KillSignal"));
        Assert.True(SystemdTimeSpan.Parse(Unit.Get("Service", "TimeoutStopSec")!) > shutdown);
    }

    [Fact]
    public void The_sandbox_leaves_the_jit_able_to_run()
    {
        Assert.NotEqual("yes", Unit.Get("Service", "MemoryDenyWriteExecute"));
        Assert.Equal("", Unit.Get("Service", "CapabilityBoundingSet"));
        Assert.Equal("AF_UNIX AF_INET AF_INET6", Unit.Get("Service", "RestrictAddressFamilies"));
    }

    [Fact]
    public void A_service_without_a_terminal_serves_health_and_takes_no_console_questions()
    {
        Assert.Equal("false", Unit.Environment["Console__Enabled"]);
        Assert.Equal("true", Unit.Environment["Health__Enabled"]);
        Assert.StartsWith("http://127.0.0.1:", Unit.Environment["Urls"], StringComparison.Ordinal);
    }

    /// <summary>verify checks that ExecStart's program exists; where the SDK is not at /usr/bin/dotnet, point it at the one here.</summary>
    private static string WithDotnetThatExistsHere(string unit)
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists);
        return File.Exists("/usr/bin/dotnet") || path is null ? unit : unit.Replace("ExecStart=/usr/bin/dotnet", "ExecStart=" + path, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Overall exposure level for \S+: (?<level>\d+(?:\.\d+)?)")]
    private static partial Regex ExposureLevel();
}
