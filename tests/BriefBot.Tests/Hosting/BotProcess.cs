using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BriefBot.Tests.Hosting;

/// <summary>The built bot in its own process, as a shell or a service starts it (no console input), its output and log lines collected as they come.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    public BotProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Console__Enabled"] = "false";
        start.Environment["Matching__Semantic"] = "false"; // The process tests assert the host's lifetime, not the model.
        process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (gate)
            {
                log.Append(e.Data).Append('\n');
            }
        };
        process.OutputDataReceived += (_, e) =>
        {
            lock (gate)
            {
                output.Append(e.Data).Append('\n');
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public string Log
    {
        get
        {
            lock (gate)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Waits until the log holds <paramref name="text"/> (the sentinel that what came before it was logged).</summary>
    public async Task WaitForLogAsync(string text)
    {
        for (var i = 0; i < 600 && !Log.Contains(text, StringComparison.Ordinal); i++)
        {
            await Task.Delay(50);
        }

        Assert.Contains(text, Log, StringComparison.Ordinal);
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        // The parameterless wait is the one that waits for the redirected streams to be read to their end.
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }
}
