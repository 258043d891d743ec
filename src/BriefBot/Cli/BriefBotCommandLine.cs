using System.CommandLine;
using System.CommandLine.Parsing;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;

namespace BriefBot.Cli;

/// <summary>
/// Parses the command line with System.CommandLine and runs the command; turns usage and configuration errors into
/// one line each and exit codes (2 for usage, 1 for configuration).
/// </summary>
public static class BriefBotCommandLine
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var (rest, overrides) = ConfigurationArguments.Split(args);
            var root = Commands.Create(new CommandInput(console, overrides));
            var parse = root.Parse(rest);
            if (parse.Errors.Count > 0)
            {
                return await UsageErrorAsync(console, parse.Errors[0].Message, parse.CommandResult.Command).ConfigureAwait(false);
            }

            // A command's words (a question, a file) would take a mistyped option as one more word.
            if (parse.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash).FirstOrDefault(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            {
                return await UsageErrorAsync(console, $"Unrecognized option '{unknown.Value}'.", parse.CommandResult.Command).ConfigureAwait(false);
            }

            var invocation = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                // Our own handler below says what went wrong in one line; the host handles SIGTERM and Ctrl+C with its
                // shutdown timeout, which System.CommandLine's 2-second termination would cut short.
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            try
            {
                return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            }
            catch (UsageException e)
            {
                return await UsageErrorAsync(console, e.Message, parse.CommandResult.Command).ConfigureAwait(false);
            }
        }
        catch (UsageException e)
        {
            return await UsageErrorAsync(console, e.Message, null).ConfigureAwait(false);
        }
        catch (Exception e) when (ConfigurationError.Describe(e) is { } line)
        {
            await console.Error.WriteLineAsync("error: invalid configuration: " + line).ConfigureAwait(false);
            return 1;
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
    }

    /// <summary>The error and where to read more, so the line that says what was wrong does not scroll away.</summary>
    private static async Task<int> UsageErrorAsync(CliConsole console, string message, Command? command)
    {
        var help = command is null or RootCommand ? "--help" : $"{command.Name} --help";
        await console.Error.WriteLineAsync($"error: {message} See 'briefbot {help}'.").ConfigureAwait(false);
        return 2;
    }
}
