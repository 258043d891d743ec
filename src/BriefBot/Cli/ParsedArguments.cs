namespace BriefBot.Cli;

/// <summary>A command line taken apart: the command, its positional words, its options, and configuration overrides (<c>--Section:Key=value</c>).</summary>
internal sealed record ParsedArguments(
    string Command,
    IReadOnlyList<string> Positional,
    IReadOnlyDictionary<string, string?> Options,
    IReadOnlyList<string> Configuration)
{
    public bool Has(string option) => Options.ContainsKey(option);

    public string? Value(string option) => Options.GetValueOrDefault(option);
}
