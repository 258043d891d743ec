using BriefBot.Core.Knowledge.Documents;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Loads every briefing (<c>*.txt</c>, <c>*.md</c>, <c>*.docx</c>, <c>*.pdf</c>, <c>*.html</c>) and curated file (<c>*.json</c>) under a folder. A bad file
/// becomes a problem naming the file and line, and every other file still loads. Given the files of the previous
/// load, a file that has turned bad keeps serving its last good version until it is fixed.
/// </summary>
public static class KnowledgeLoader
{
    private static readonly string[] BriefingExtensions = [".txt", ".md", ".markdown"];

    public static async Task<KnowledgeBase> LoadAsync(string folder, CancellationToken cancellationToken = default) =>
        (await LoadAsync(folder, null, cancellationToken).ConfigureAwait(false)).Knowledge;

    public static Task<(KnowledgeBase Knowledge, IReadOnlyDictionary<string, LoadedFile> Files)> LoadAsync(
        string folder,
        IReadOnlyDictionary<string, LoadedFile>? lastGood,
        CancellationToken cancellationToken = default) =>
        LoadAsync(folder, lastGood, DocumentLimits.Default, [], cancellationToken);

    /// <summary>Loads the folder, with Word, PDF and HTML files read within <paramref name="limits"/>, and adds <paramref name="pages"/> (web pages already read, with their problems).</summary>
    public static async Task<(KnowledgeBase Knowledge, IReadOnlyDictionary<string, LoadedFile> Files)> LoadAsync(
        string folder,
        IReadOnlyDictionary<string, LoadedFile>? lastGood,
        DocumentLimits limits,
        IReadOnlyList<(LoadedFile? File, IReadOnlyList<KnowledgeProblem> Problems)> pages,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(pages);
        if (!Directory.Exists(folder))
        {
            throw new KnowledgeFolderNotFoundException(folder);
        }

        // Files are independent: read and parse them on every core, then take them in their stable order.
        var paths = KnowledgeFiles(folder).ToList();
        var names = paths.ConvertAll(p => NameOf(folder, p));
        var results = new (LoadedFile? File, IReadOnlyList<KnowledgeProblem> Problems)[paths.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, paths.Count),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, token) => results[i] = await LoadFileAsync(paths[i], names[i], limits, token).ConfigureAwait(false)).ConfigureAwait(false);

        var files = new Dictionary<string, LoadedFile>(StringComparer.Ordinal);
        var problems = new List<KnowledgeProblem>();
        for (var i = 0; i < paths.Count; i++)
        {
            var name = names[i];
            var (loaded, fileProblems) = results[i];
            if (loaded is null && lastGood?.GetValueOrDefault(name) is { } previous)
            {
                loaded = previous;
                fileProblems = [.. fileProblems.Select(p => p with { Message = p.Message + " (still serving its last good version)" })];
            }

            problems.AddRange(fileProblems);
            if (loaded is not null)
            {
                files[name] = loaded;
            }
        }

        foreach (var (page, pageProblems) in pages)
        {
            problems.AddRange(pageProblems);
            if (page is not null)
            {
                files[page.File] = page;
            }
        }

        var knowledge = KnowledgeBuilder.Build(
            [.. files.Values.Select(f => f.Briefing).OfType<Briefing>()],
            [.. files.Values.Select(f => f.Curated).OfType<CuratedFile>()],
            problems);
        return (knowledge, files);
    }

    /// <summary>Every knowledge file's name, size and last write time: any edit, addition or deletion changes it.</summary>
    public static string Signature(string folder)
    {
        try
        {
            return string.Join('\n', KnowledgeFiles(folder).Select(f =>
            {
                var info = new FileInfo(f);
                return $"{f}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
            }));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable: " + e.Message;
        }
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
        return BriefingExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
            || DocumentFile.Handles(name);
    }

    private static string NameOf(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    private static async Task<(LoadedFile? File, IReadOnlyList<KnowledgeProblem> Problems)> LoadFileAsync(string path, string name, DocumentLimits limits, CancellationToken cancellationToken)
    {
        if (DocumentFile.Handles(path))
        {
            var (document, documentProblems) = await DocumentFile.LoadAsync(path, name, limits, cancellationToken).ConfigureAwait(false);
            return (document is null ? null : new LoadedFile(name, document, null), documentProblems);
        }

        var (text, problem) = await KnowledgeFileReader.ReadAsync(path, name, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            return (null, [problem!]);
        }

        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            var (curated, problems) = CuratedFileReader.Parse(text, name);
            return (curated is null ? null : new LoadedFile(name, null, curated), problems);
        }

        var (briefing, briefingProblems) = BriefingParser.Parse(text, name);
        return (briefing is null ? null : new LoadedFile(name, briefing, null), briefingProblems);
    }
}
