using System.CommandLine;

namespace BriefBot.Cli;

/// <summary>What every command gets besides its own options: the streams, and the configuration overrides from the command line.</summary>
internal sealed record CommandInput(CliConsole Console, IReadOnlyList<string> Overrides)
{
    /// <summary><c>--knowledge DIR</c>, taken by every command.</summary>
    public static Option<string> Knowledge { get; } = new("--knowledge")
    {
        Description = "Use another knowledge folder (relative to where you are; default: Knowledge:Path, \"knowledge\").",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>The overrides, with <c>--knowledge</c> as <c>Knowledge:Path</c>.</summary>
    public IReadOnlyList<string> Configuration(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        // Given on the command line, the folder is relative to where the user is, not to the content root.
        return parse.GetValue(Knowledge) is { } knowledge ? [.. Overrides, $"--Knowledge:Path={Path.GetFullPath(knowledge)}"] : Overrides;
    }
}
