namespace BriefBot.Core.Knowledge;

/// <summary>
/// Loads every briefing (<c>*.txt</c>, <c>*.md</c>) and curated file (<c>*.json</c>) under a folder. A bad file
/// becomes a problem naming the file and line; every other file still loads.
/// </summary>
public static class KnowledgeLoader
{
    private static readonly string[] BriefingExtensions = [".txt", ".md", ".markdown"];

    public static async Task<KnowledgeBase> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new KnowledgeFolderNotFoundException(folder);
        }

        var briefings = new List<Briefing>();
        var curated = new List<CuratedFile>();
        var problems = new List<KnowledgeProblem>();
        foreach (var path in KnowledgeFiles(folder))
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var (text, problem) = await KnowledgeFileReader.ReadAsync(path, name, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                problems.Add(problem!);
                continue;
            }

            if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                var (file, fileProblems) = CuratedFileReader.Parse(text, name);
                problems.AddRange(fileProblems);
                if (file is not null)
                {
                    curated.Add(file);
                }
            }
            else
            {
                var (briefing, fileProblems) = BriefingParser.Parse(text, name);
                problems.AddRange(fileProblems);
                if (briefing is not null)
                {
                    briefings.Add(briefing);
                }
            }
        }

        return KnowledgeBuilder.Build(briefings, curated, problems);
    }

    /// <summary>The files a knowledge folder contributes, in a stable order; hidden and editor scratch files are left out.</summary>
    public static IEnumerable<string> KnowledgeFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsKnowledgeFile)
            .Order(StringComparer.Ordinal);

    public static bool IsKnowledgeFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.StartsWith('~') || name.EndsWith('~'))
        {
            return false;
        }

        var extension = Path.GetExtension(name);
        return BriefingExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
    }
}
