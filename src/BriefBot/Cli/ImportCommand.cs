using BriefBot.Core.Knowledge;

namespace BriefBot.Cli;

/// <summary><c>import FILE --out knowledge/NAME.json</c>: a spreadsheet of question,answer rows into a curated file.</summary>
internal static class ImportCommand
{
    public static readonly IReadOnlyDictionary<string, bool> Options = new Dictionary<string, bool> { ["out"] = true, ["title"] = true };

    public static async Task<int> RunAsync(ParsedArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Positional.Count != 1 || args.Value("out") is not { } output)
        {
            throw new UsageException("import needs one input file and --out PATH.");
        }

        if (!output.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException("--out must name a .json file: curated knowledge files are JSON.");
        }

        var input = args.Positional[0];
        var (text, problem) = await KnowledgeFileReader.ReadAsync(input, input, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            await console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            return 1;
        }

        var (entries, problems) = FaqImporter.Read(text, input);
        foreach (var p in problems)
        {
            await console.Error.WriteLineAsync($"warning: {p} (row skipped)").ConfigureAwait(false);
        }

        if (entries.Count == 0)
        {
            await console.Error.WriteLineAsync($"error: {input} holds no question,answer rows.").ConfigureAwait(false);
            return 1;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var title = args.Value("title") ?? Path.GetFileNameWithoutExtension(output);
        await File.WriteAllTextAsync(output, FaqImporter.ToCuratedJson(title, entries), cancellationToken).ConfigureAwait(false);
        var rows = entries.Sum(e => e.Questions.Count);
        await console.Out.WriteLineAsync($"Imported {rows} questions as {entries.Count} entries into {output}.").ConfigureAwait(false);
        return 0;
    }
}
