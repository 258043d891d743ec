using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace BriefBot.Core.Knowledge.Documents;

/// <summary>
/// Reads a PDF's text layer into lines, page by page in reading order (top to bottom, words left to right), drops the
/// running headers, footers and page numbers that repeat on every page, and leaves joining the lines into blocks to
/// <see cref="PdfBlocks"/>. A PDF without a text layer (a scan) is a problem, not an empty document.
/// </summary>
internal static partial class PdfReader
{
    public static (IReadOnlyList<DocumentBlock>? Blocks, string? Problem) Read(byte[] bytes, DocumentLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (pdf.NumberOfPages > limits.MaxPages)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"has {pdf.NumberOfPages} pages, over the limit of {limits.MaxPages} (Knowledge:MaxPdfPages)"));
            }

            var pages = new List<List<PdfLine>>();
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(LinesOf(pdf.GetPage(number), number));
            }

            if (pages.All(p => p.Count == 0))
            {
                return (null, "has no text layer: scanned? (run it through OCR, or export the text)");
            }

            return (PdfBlocks.Join([.. DropRunningLines(pages).SelectMany(p => p)]), null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, "is encrypted: save it without a password");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException or KeyNotFoundException or IOException)
        {
            // PdfPig reports broken cross-references and damaged objects with a range of exception types.
            return (null, $"is not a readable PDF (damaged cross-references or objects?): {e.Message}");
        }
    }

    private static List<PdfLine> LinesOf(Page page, int number)
    {
        var lines = new List<PdfLine>();
        // Words on one baseline (within a fraction of their size) make a line; lines run from the top of the page down.
        foreach (var word in page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            var size = word.Letters.Max(l => l.PointSize);
            var bold = word.FontName?.Contains("bold", StringComparison.OrdinalIgnoreCase) ?? false;
            var baseline = Baseline(word);
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - baseline) < Math.Max(lines[^1].Size, size) * 0.4)
            {
                var last = lines[^1];
                lines[^1] = last with { Text = last.Text + " " + word.Text, Size = Math.Max(last.Size, size), Bold = last.Bold && bold };
                continue;
            }

            lines.Add(new PdfLine(word.Text, number, baseline, word.BoundingBox.Left, size, bold));
        }

        return lines;
    }

    private static double Baseline(Word word) => Math.Round(word.Letters[0].StartBaseLine.Y, 1);

    // A line at the top or bottom of most pages, the same but for its numbers, is a running header or footer; so is
    // a page number, and the first or last line of a page set smaller than the body text (a one-page document's header).
    private static List<List<PdfLine>> DropRunningLines(List<List<PdfLine>> pages)
    {
        var withText = pages.Count(p => p.Count > 0);
        var repeated = pages.SelectMany(p => Edges(p)).GroupBy(l => Shape(l.Text)).Where(g => g.Select(l => l.Page).Distinct().Count() >= Math.Max(2, (withText * 3) / 5))
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var bodySize = PdfBlocks.BodySize([.. pages.SelectMany(p => p)]);
        return [.. pages.Select(p => p.Where(l => !IsRunning(l, p)).ToList())];

        bool IsRunning(PdfLine line, List<PdfLine> page) =>
            Edges(page).Contains(line)
            && (repeated.Contains(Shape(line.Text)) || PageNumber().IsMatch(line.Text)
                || ((line == page[0] || line == page[^1]) && line.Size < bodySize * 0.9));
    }

    private static IEnumerable<PdfLine> Edges(List<PdfLine> page) => page.Take(2).Concat(page.TakeLast(2));

    private static string Shape(string line) => Digits().Replace(line, "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?$|^[-–—]\s*\d+\s*[-–—]$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
