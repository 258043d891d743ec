using BriefBot.Cli;

namespace BriefBot.Tests.Cli;

/// <summary>Runs the real command line in-process with strings for standard input, output and error.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Out, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // Lexical unless a test says otherwise: these tests assert the commands' output, fast and without the model.
        var exit = await BriefBotCommandLine.RunAsync(["--Matching:Semantic=false", .. args], new CliConsole(new StringReader(input), output, error, InputIsRedirected: true), timeout.Token);
        return (exit, output.ToString(), error.ToString());
    }

    public static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => RunWithInputAsync("", args);
}
