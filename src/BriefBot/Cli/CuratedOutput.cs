namespace BriefBot.Cli;

/// <summary>
/// Where <c>import</c> and <c>export</c> write a curated JSON file: checked before any work (a .json name, not an
/// existing file unless <c>--force</c>), then written with its folder made.
/// </summary>
internal static class CuratedOutput
{
    /// <summary>Throws a usage error for a name that is not a .json file (curated knowledge files are JSON).</summary>
    public static void CheckName(string path, string option)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{option} must name a .json file: curated knowledge files are JSON.");
        }
    }

    /// <summary>True, having said why on standard error, when the file exists and may not be overwritten.</summary>
    public static async Task<bool> RefusedAsync(string path, bool force, CliConsole console, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path) || force)
        {
            return false;
        }

        await console.Error.WriteLineAsync($"error: {path} already exists; add --force to overwrite it.".AsMemory(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public static async Task WriteAsync(string path, string json, CancellationToken cancellationToken = default)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(path, json, cancellationToken).ConfigureAwait(false);
    }
}
