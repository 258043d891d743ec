using System.Collections.Frozen;

namespace BriefBot.Core.Knowledge.Documents;

/// <summary>
/// Reads a Word, PDF or HTML file within the limits into a briefing. What cannot be read (too large, damaged,
/// encrypted, scanned, too slow) is a problem naming the file, never an exception, so the rest of the folder loads.
/// </summary>
public static class DocumentFile
{
    private static readonly FrozenSet<string> Extensions = FrozenSet.ToFrozenSet([".docx", ".pdf", ".html", ".htm"], StringComparer.OrdinalIgnoreCase);

    public static bool Handles(string path) => Extensions.Contains(Path.GetExtension(path));

    public static async Task<(Briefing? Briefing, IReadOnlyList<KnowledgeProblem> Problems)> LoadAsync(string path, string name, DocumentLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > limits.MaxBytes)
            {
                return Problem(name, $"is {DocumentLimits.Megabytes(length)}, over the {DocumentLimits.Megabytes(limits.MaxBytes)} limit (Knowledge:MaxDocumentMegabytes)");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problem(name, $"cannot be read: {e.Message}");
        }

        return Parse(bytes, Path.GetExtension(path), null, name, limits, cancellationToken);
    }

    /// <summary>Parses a document's bytes by its format (<c>.docx</c>, <c>.pdf</c>, <c>.html</c>); <paramref name="charset"/> is what a server declared for HTML.</summary>
    public static (Briefing? Briefing, IReadOnlyList<KnowledgeProblem> Problems) Parse(byte[] bytes, string extension, string? charset, string name, DocumentLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        if (bytes.Length == 0)
        {
            return Problem(name, "is empty");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.ReadTimeout);
        try
        {
            var (blocks, problem) = extension.ToLowerInvariant() switch
            {
                ".docx" => DocxReader.Read(bytes, limits, timeout.Token),
                ".pdf" => PdfReader.Read(bytes, limits, timeout.Token),
                _ => ReadHtml(bytes, charset),
            };
            if (blocks is null)
            {
                return Problem(name, problem!);
            }

            return blocks.Count == 0 ? Problem(name, "has no text") : BriefingParser.FromBlocks(blocks, name);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Problem(name, $"took longer than {limits.ReadTimeout} to read (Knowledge:DocumentReadTimeout)");
        }
    }

    private static (IReadOnlyList<DocumentBlock>? Blocks, string? Problem) ReadHtml(byte[] bytes, string? charset)
    {
        var (html, problem) = HtmlText.Decode(bytes, charset);
        return html is null ? (null, problem) : (HtmlReader.Read(html), null);
    }

    private static (Briefing?, IReadOnlyList<KnowledgeProblem>) Problem(string name, string message) => (null, [new KnowledgeProblem(name, 0, message)]);
}
