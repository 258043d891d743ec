namespace BriefBot.Cli;

/// <summary>
/// Parses <c>COMMAND [words…] [--option [value]…] [--Section:Key=value…]</c>. Each command declares its options;
/// anything else that starts with <c>--</c> and has no colon is an error, so a typo is reported, not ignored.
/// </summary>
internal static class ArgumentParser
{
    // Options every command takes: (name, takes a value).
    private static readonly Dictionary<string, bool> Common = new(StringComparer.Ordinal) { ["knowledge"] = true, ["help"] = false };

    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> commands)
    {
        var command = args.Count > 0 && !args[0].StartsWith('-') ? args[0] : "run";
        if (!commands.TryGetValue(command, out var known))
        {
            throw new UsageException($"Unknown command '{command}'.");
        }

        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var configuration = new List<string>();
        for (var i = args.Count > 0 && !args[0].StartsWith('-') ? 1 : 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h")
            {
                options["help"] = null;
                continue;
            }

            if (arg == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                positional.Add(arg);
                continue;
            }

            var (name, inlineValue) = arg[2..].Split('=', 2) is [var n, var v] ? (n, v) : (arg[2..], null);
            // A configuration override, as Microsoft.Extensions.Configuration.CommandLine reads it: "--Section:Key value",
            // or a top-level PascalCase setting given with '=' ("--Urls=http://0.0.0.0:8080").
            if (name.Contains(':', StringComparison.Ordinal) || (inlineValue is not null && name.Length > 0 && char.IsUpper(name[0])))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value."));
                configuration.Add($"--{name}={value}");
                continue;
            }

            if (!Common.TryGetValue(name, out var takesValue) && !known.TryGetValue(name, out takesValue))
            {
                throw new UsageException($"Unknown option '--{name}' for '{command}'.");
            }

            if (!takesValue)
            {
                options[name] = null;
                continue;
            }

            options[name] = inlineValue ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new UsageException($"--{name} needs a value."));
        }

        if (options.TryGetValue("knowledge", out var knowledge))
        {
            // Given on the command line, the folder is relative to where the user is, not to the content root.
            configuration.Add($"--Knowledge:Path={Path.GetFullPath(knowledge!)}");
        }

        return new ParsedArguments(command, positional, options, configuration);
    }
}
