using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace BriefBot.Cli;

/// <summary>Dispatches the command line to a command; turns usage and configuration errors into messages and exit codes.</summary>
public static class BriefBotCommandLine
{
    private delegate Task<int> Command(ParsedArguments args, CliConsole console, CancellationToken cancellationToken);

    private static readonly Dictionary<string, (IReadOnlyDictionary<string, bool> Options, Command Run)> Commands = new(StringComparer.Ordinal)
    {
        ["run"] = (RunCommand.Options, RunCommand.RunAsync),
        ["ask"] = (AskCommand.Options, AskCommand.RunAsync),
        ["eval"] = (EvalCommand.Options, EvalCommand.RunAsync),
        ["import"] = (ImportCommand.Options, ImportCommand.RunAsync),
        ["digest"] = (DigestCommand.Options, DigestCommand.RunAsync),
        ["report"] = (ReportCommand.Options, ReportCommand.RunAsync),
        ["discord"] = (DiscordCommand.Options, DiscordCommand.RunAsync),
        ["health"] = (HealthCommand.Options, HealthCommand.RunAsync),
        ["help"] = (new Dictionary<string, bool>(), (_, console, _) => PrintUsageAsync(console.Out, 0)),
    };

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ParsedArguments parsed;
        try
        {
            parsed = ArgumentParser.Parse(args, Commands.ToDictionary(c => c.Key, c => c.Value.Options));
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return await PrintUsageAsync(console.Error, 2).ConfigureAwait(false);
        }

        if (parsed.Has("help"))
        {
            return await PrintUsageAsync(console.Out, 0).ConfigureAwait(false);
        }

        try
        {
            return await Commands[parsed.Command].Run(parsed, console, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return await PrintUsageAsync(console.Error, 2).ConfigureAwait(false);
        }
        catch (KnowledgeFolderNotFoundException e)
        {
            await console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException)
        {
            // Stopped (Ctrl+C, SIGTERM) while still starting: a normal way to end, not a crash.
            await console.Error.WriteLineAsync("Stopped.").ConfigureAwait(false);
            return 0;
        }
        catch (StoreFailureException e)
        {
            await console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 1;
        }
        catch (OptionsValidationException e)
        {
            await console.Error.WriteLineAsync("error: invalid configuration: " + string.Join("; ", e.Failures)).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> PrintUsageAsync(TextWriter writer, int exitCode)
    {
        await writer.WriteLineAsync(Usage.Text).ConfigureAwait(false);
        return exitCode;
    }
}
