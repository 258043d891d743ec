namespace BriefBot.Cli;

/// <summary>
/// Takes the configuration overrides (<c>--Section:Key=value</c>, <c>--Section:Key value</c>, or a top-level
/// PascalCase setting with '=' such as <c>--Urls=http://0.0.0.0:8080</c>) out of the command line before it is
/// parsed, since any setting may be overridden on any command and the parser cannot declare them all.
/// </summary>
internal static class ConfigurationArguments
{
    public static (IReadOnlyList<string> Words, IReadOnlyList<string> Overrides) Split(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        var overrides = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                // Everything after "--" is words (a question may start with "--"), as the parser reads it too.
                rest.AddRange(args.Skip(i));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                rest.Add(arg);
                continue;
            }

            var (name, value) = arg[2..].Split('=', 2) is [var n, var v] ? (n, v) : (arg[2..], null);
            // As Microsoft.Extensions.Configuration.CommandLine reads it.
            if (name.Contains(':', StringComparison.Ordinal))
            {
                value ??= i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value.");
                overrides.Add($"--{name}={value}");
            }
            else if (value is not null && name.Length > 0 && char.IsUpper(name[0]))
            {
                overrides.Add(arg);
            }
            else
            {
                rest.Add(arg);
            }
        }

        return (rest, overrides);
    }
}
