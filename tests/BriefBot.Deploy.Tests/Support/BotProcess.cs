using System.Collections.Concurrent;
using System.Diagnostics;

namespace BriefBot.Deploy.Tests.Support;

/// <summary>A running bot: its output kept line by line (the way a log collector sees it), stopped with SIGTERM.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> stdout = new();
    private readonly ConcurrentQueue<string> stderr = new();

    private BotProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public IReadOnlyList<string> StandardOutput => [.. stdout];

    public IReadOnlyList<string> StandardError => [.. stderr];

    public bool HasExited => process.HasExited;

    /// <summary>Completes when the process exits.</summary>
    public Task Exited => process.WaitForExitAsync();

    public int ExitCode => process.ExitCode;

    public string Transcript => "stdout:\n" + string.Join('\n', stdout) + "\nstderr:\n" + string.Join('\n', stderr);

    /// <summary>Starts <paramref name="command"/> with exactly <paramref name="environment"/>, as a container or a unit gets nothing it was not given.</summary>
    public static BotProcess Start(IReadOnlyList<string> command, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Clear();
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + command[0]);
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => Keep(bot.stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(bot.stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // A service has no standard input: closed, as under docker run without -i or systemd.
        process.StandardInput.Close();
        return bot;
    }

    public Task TerminateAsync() => ProcessRun.TerminateAsync(process.Id);

    /// <summary>Waits for the exit; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
