using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBot.Core.Knowledge.Documents;

/// <summary>
/// Reads a Word document (<c>.docx</c>) into blocks: the Title style (or the first heading) is the title, Heading 1–6
/// are sections, list paragraphs are bullets, table rows are facts under their header, other paragraphs are text.
/// Tracked changes read as accepted (insertions kept, deletions and moved-away text dropped); comments, field codes
/// and hidden text are not part of what a reader sees, so they are left out.
/// </summary>
internal static class DocxReader
{
    public static (IReadOnlyList<DocumentBlock>? Blocks, string? Problem) Read(byte[] bytes, DocumentLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            if (UnpackedSize(bytes) is var unpacked && unpacked > limits.MaxBytes)
            {
                return (null, $"unpacks to {DocumentLimits.Megabytes(unpacked)}, over the {DocumentLimits.Megabytes(limits.MaxBytes)} limit (a zip bomb?) (Knowledge:MaxDocumentMegabytes)");
            }

            using var stream = new MemoryStream(bytes, writable: false);
            // The SDK's own guard against a part that expands without end, whatever the zip headers claim.
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxBytes });
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return (null, "has no document body: is it a Word document?");
            }

            var styles = StyleNames(document.MainDocumentPart);
            var blocks = new List<DocumentBlock>();
            var titleAt = -1;
            foreach (var element in BlockElements(body))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = blocks.Count + 1;
                if (element is Table table)
                {
                    blocks.AddRange(TableRows.Facts(Rows(table)).Select(fact => new DocumentBlock(DocumentBlockKind.Bullet, fact, line)));
                    continue;
                }

                var paragraph = (Paragraph)element;
                var text = TextOf(paragraph);
                if (text.Length == 0)
                {
                    continue;
                }

                var style = StyleOf(paragraph, styles);
                if (style == "title" && titleAt < 0)
                {
                    titleAt = blocks.Count;
                    blocks.Add(new DocumentBlock(DocumentBlockKind.Paragraph, text, line));
                }
                else if (IsHeading(paragraph, style))
                {
                    blocks.Add(new DocumentBlock(DocumentBlockKind.Heading, text, line));
                }
                else
                {
                    var kind = paragraph.ParagraphProperties?.NumberingProperties is not null || style.StartsWith("list", StringComparison.Ordinal)
                        ? DocumentBlockKind.Bullet
                        : DocumentBlockKind.Paragraph;
                    blocks.Add(new DocumentBlock(kind, text, line));
                }
            }

            // The parser takes the first block as the title: the Title paragraph, or else the first heading.
            titleAt = titleAt >= 0 ? titleAt : blocks.FindIndex(b => b.Kind == DocumentBlockKind.Heading);
            if (titleAt > 0)
            {
                var title = blocks[titleAt];
                blocks.RemoveAt(titleAt);
                blocks.Insert(0, title);
            }

            return (blocks, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException)
        {
            return (null, $"is not a readable Word document (damaged or truncated?): {e.Message}");
        }
    }

    // Declared sizes of the zip's entries: a zip bomb is refused before anything is unpacked.
    private static long UnpackedSize(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        return zip.Entries.Sum(e => e.Length);
    }

    // Paragraphs and tables in reading order, looking through content controls (sdt) that wrap them.
    private static IEnumerable<OpenXmlElement> BlockElements(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table:
                    yield return child;
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    foreach (var inner in BlockElements(content))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static List<IReadOnlyList<string>> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(row => (IReadOnlyList<string>)[.. row.Elements<TableCell>().Select(cell => VisibleText.Normalise(string.Join(" ", cell.Elements<Paragraph>().Select(TextOf))))])];

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            if (IsHidden(run) || run.Ancestors<DeletedRun>().Any() || run.Ancestors<MoveFromRun>().Any())
            {
                continue;
            }

            foreach (var part in run.ChildElements)
            {
                text.Append(part switch
                {
                    Text t => t.Text,
                    TabChar or Break or CarriageReturn => " ",
                    NoBreakHyphen => "-",
                    _ => "",
                });
            }
        }

        return VisibleText.Normalise(text.ToString());
    }

    private static bool IsHidden(Run run) => run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);

    private static bool IsHeading(Paragraph paragraph, string style) =>
        (style.StartsWith("heading ", StringComparison.Ordinal) && style.Length == 9 && style[8] is >= '1' and <= '6')
        || paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is >= 0 and <= 5;

    // Style ids are the author's or the language's ("Heading1", "berschrift1"); the style's name is the built-in one ("heading 1").
    private static string StyleOf(Paragraph paragraph, Dictionary<string, string> styles)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return id is null ? "" : styles.GetValueOrDefault(id, id.ToLowerInvariant());
    }

    private static Dictionary<string, string> StyleNames(MainDocumentPart part) =>
        part.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && s.StyleName?.Val?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!)
            .ToDictionary(g => g.Key, g => g.First().StyleName!.Val!.Value!.ToLowerInvariant(), StringComparer.Ordinal)
        ?? new Dictionary<string, string>(StringComparer.Ordinal);
}
