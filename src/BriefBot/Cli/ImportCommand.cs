using System.CommandLine;
using System.Globalization;
using BriefBot.Core.Knowledge;

namespace BriefBot.Cli;

/// <summary><c>import FILE --out knowledge/NAME.json</c>: a spreadsheet of question,answer rows into a curated file.</summary>
internal static class ImportCommand
{
    private static readonly Argument<string> Input = new("FILE") { Description = "A TSV or CSV of question,answer rows (a header row and # comment lines are skipped)." };

    private static readonly Option<string> Out = new("--out") { Description = "The curated JSON file to write.", HelpName = "PATH", Required = true };

    private static readonly Option<string> Title = new("--title") { Description = "The knowledge file's title (default: the file name)." };

    private static readonly Option<bool> Force = new("--force") { Description = "Overwrite PATH if it exists." };

    public static Command Create(CommandInput input)
    {
        var command = new Command("import", "Turn a TSV or CSV of question,answer rows into a curated JSON file. Rows that share an answer become one entry with alternate phrasings.")
        {
            Input,
            Out,
            Title,
            Force,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, input.Console, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var output = parse.GetRequiredValue(Out);
        CuratedOutput.CheckName(output, "--out");

        var input = parse.GetRequiredValue(Input);
        var (text, problem) = await KnowledgeFileReader.ReadAsync(input, input, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            await console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            return 1;
        }

        if (await CuratedOutput.RefusedAsync(output, parse.GetValue(Force), console, cancellationToken).ConfigureAwait(false))
        {
            return 1;
        }

        IReadOnlyList<CuratedEntry> entries;
        IReadOnlyList<KnowledgeProblem> problems;
        try
        {
            (entries, problems) = FaqImporter.Read(text, input);
        }
        catch (FormatException e)
        {
            await console.Error.WriteLineAsync($"error: {input}: {e.Message}; nothing written.").ConfigureAwait(false);
            return 1;
        }

        foreach (var p in problems)
        {
            await console.Error.WriteLineAsync($"warning: {p}").ConfigureAwait(false);
        }

        if (entries.Count == 0)
        {
            await console.Error.WriteLineAsync($"error: {input} holds no question,answer rows.").ConfigureAwait(false);
            return 1;
        }

        var title = parse.GetValue(Title) ?? Path.GetFileNameWithoutExtension(output);
        await CuratedOutput.WriteAsync(output, FaqImporter.ToCuratedJson(title, entries), cancellationToken).ConfigureAwait(false);
        var rows = entries.Sum(e => e.Questions.Count);
        await console.Out.WriteLineAsync($"Imported {Count(rows, "question")} as {Count(entries.Count, "entry", "entries")} into {output}.").ConfigureAwait(false);
        return 0;
    }

    private static string Count(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
}
