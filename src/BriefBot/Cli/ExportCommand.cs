using System.CommandLine;
using System.Globalization;
using BriefBot.Core.Knowledge.Learned;
using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Cli;

/// <summary>
/// <c>export [--output FILE]</c>: the learned entries and phrasings of the configured store as a curated JSON file,
/// the same file as the authors' console's Export button, to commit into the knowledge folder.
/// </summary>
internal static class ExportCommand
{
    private static readonly Option<string?> Output = new("--output") { Description = "Write the file here instead of to standard output.", HelpName = "FILE" };

    private static readonly Option<bool> Force = new("--force") { Description = "Overwrite FILE if it exists." };

    public static Command Create(CommandInput input)
    {
        var command = new Command("export", "Write what authors taught in the console (the learned entries and phrasings in the store) as a curated JSON file, to standard output or --output FILE.")
        {
            Output,
            Force,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, input, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CommandInput input, CancellationToken cancellationToken)
    {
        var console = input.Console;
        var output = parse.GetValue(Output);
        if (output is not null)
        {
            CuratedOutput.CheckName(output, "--output");

            // Checked before the store is opened, so a refusal leaves nothing behind, not even a new database file.
            if (await CuratedOutput.RefusedAsync(output, parse.GetValue(Force), console, cancellationToken).ConfigureAwait(false))
            {
                return 1;
            }
        }

        using var host = await CommandHost.StartAsync(input.Configuration(parse), console, withStore: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var learned = await host.Services.GetRequiredService<ILearnedEntryStore>().GetLearnedAsync(cancellationToken).ConfigureAwait(false);
        // The files' knowledge gives the current answer of each file entry a phrasing was taught for.
        var json = LearnedExport.ToCuratedJson(learned, host.Knowledge.Current.Knowledge);
        if (learned.Entries.Count == 0 && learned.Phrasings.Count == 0)
        {
            await console.Error.WriteLineAsync("warning: the store holds no learned entries or phrasings; the file has no entries.").ConfigureAwait(false);
        }

        if (output is null)
        {
            await console.Out.WriteAsync(json).ConfigureAwait(false);
            return 0;
        }

        await CuratedOutput.WriteAsync(output, json, cancellationToken).ConfigureAwait(false);
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Exported {learned.Entries.Count} learned entries and {learned.Phrasings.Count} taught phrasings to {output}.")).ConfigureAwait(false);
        return 0;
    }
}
