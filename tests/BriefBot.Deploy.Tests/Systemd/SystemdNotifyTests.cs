using System.Globalization;
using BriefBot.Deploy.Tests.Dockerfiles;
using BriefBot.Deploy.Tests.Support;

namespace BriefBot.Deploy.Tests.Systemd;

/// <summary>
/// Type=notify for real, without systemd as PID 1: the published bot is started with the unit's Environment= and a
/// NOTIFY_SOCKET this test binds, and must report READY=1 once started and STOPPING=1 on SIGTERM.
/// </summary>
[Collection(ReplayedImageCollection.Name)]
public sealed class SystemdNotifyTests(ReplayedImage image)
{
    private static readonly UnitFile Unit = UnitFile.Deployed;

    [Fact]
    public async Task The_service_reports_ready_after_start_and_stopping_on_sigterm()
    {
        var machine = image.NewFolder("machine");
        var workdir = Unit.Get("Service", "WorkingDirectory")!;
        var fs = new ImageFileSystem(machine)
            .Mount(workdir, image.Image.Map("/app"))
            .Mount(Unit.Environment["Knowledge__Path"], image.Image.Map("/app/knowledge"))
            .Mount("/var/lib/" + Unit.Get("Service", "StateDirectory"), image.NewFolder("state"));
        var port = FreePort.Next();
        using var notify = new NotifySocket(Path.Combine(machine, "notify"));

        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["HOME"] = image.NewFolder("home"),
            ["NOTIFY_SOCKET"] = notify.Path,
        };
        foreach (var (key, value) in Unit.Environment)
        {
            env[key] = key == "Urls" ? $"http://127.0.0.1:{port}" : value.StartsWith('/') ? fs.Map(value) : value;
        }

        // ExecStart's /usr/bin/dotnet is whichever dotnet is on PATH here.
        var exec = Unit.Get("Service", "ExecStart")!.Split(' ').Select((word, i) => i == 0 ? "dotnet" : fs.Map(word));
        await using var service = BotProcess.Start([.. exec], fs.Map(workdir), env);

        Assert.True(await notify.WaitForAsync("READY=1", TimeSpan.FromSeconds(90), service.Exited), $"no READY=1; got [{string.Join("|", notify.Received)}]\n{service.Transcript}");

        // Units ordered After=briefbot start at READY=1: by then the bot must already answer.
        using (var http = new HttpClient())
        using (var ready = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz")))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        }

        await service.TerminateAsync();
        Assert.True(await notify.WaitForAsync("STOPPING=1", TimeSpan.FromSeconds(10), Task.Delay(Timeout.Infinite)), $"no STOPPING=1; got [{string.Join("|", notify.Received)}]\n{service.Transcript}");
        var shutdown = TimeSpan.Parse(Unit.Environment["HostOptions__ShutdownTimeout"], CultureInfo.InvariantCulture);
        Assert.True(await service.WaitForExitAsync(shutdown), service.Transcript);
        Assert.True(service.ExitCode == 0, $"exit code {service.ExitCode}\n{service.Transcript}");
    }
}
