using System.Text.RegularExpressions;

namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>
/// The repository's .dockerignore: which files of the build context COPY can see. Patterns as Docker reads them:
/// relative to the context root, <c>*</c> within one path segment, <c>**</c> across any number, a matching folder
/// excludes everything under it, and a later <c>!pattern</c> takes a path back.
/// </summary>
internal sealed class DockerIgnore(IReadOnlyList<(Regex Pattern, bool Exclude)> rules)
{
    public static DockerIgnore Read(string path) => new(
        [.. File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.StartsWith('!') ? (ToRegex(line[1..]), false) : (ToRegex(line), true))]);

    /// <summary>Whether <paramref name="relativePath"/> (with '/' separators) is left out of the build context.</summary>
    public bool Excludes(string relativePath)
    {
        var excluded = false;
        foreach (var (pattern, exclude) in rules)
        {
            if (pattern.IsMatch(relativePath))
            {
                excluded = exclude;
            }
        }

        return excluded;
    }

    private static Regex ToRegex(string pattern)
    {
        var trimmed = pattern.Trim('/');
        var regex = new System.Text.StringBuilder("^");
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '*' && i + 1 < trimmed.Length && trimmed[i + 1] == '*')
            {
                // "**/" matches zero or more folders; a final "**" matches anything.
                var slash = i + 2 < trimmed.Length && trimmed[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        // A pattern naming a folder also excludes everything inside it.
        return new Regex(regex.Append("(?:/.*)?$").ToString(), RegexOptions.CultureInvariant);
    }
}
