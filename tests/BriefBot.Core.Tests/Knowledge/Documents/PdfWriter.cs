using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace BriefBot.Core.Tests.Knowledge.Documents;

/// <summary>
/// Writes blocks as a PDF through PdfPig's builder, laid out as a word processor would: a large bold title, bold
/// headings, body text wrapped at the margin, a bullet mark before each bullet, a gap between paragraphs, and a
/// running header and "Page N of M" footer on every page.
/// </summary>
internal static class PdfWriter
{
    private const double Margin = 56;
    private const double BodySize = 10;
    private const int Wrap = 92;

    public static byte[] Write(IEnumerable<TwinBlock> blocks, string? runningHeader = "Tessaly Group · Internal briefing", int linesPerPage = 40)
    {
        var laid = Lay(blocks, linesPerPage);
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(Font("Regular"));
        var bold = builder.AddTrueTypeFont(Font("Bold"));
        for (var p = 0; p < laid.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var top = page.PageSize.Height - Margin;
            if (runningHeader is not null)
            {
                page.AddText(runningHeader, 8, new PdfPoint(Margin, top + 20), regular);
                page.AddText($"Page {p + 1} of {laid.Count}", 8, new PdfPoint(Margin, Margin - 24), regular);
            }

            var y = top;
            foreach (var (text, size, isBold, gapBefore) in laid[p])
            {
                y -= gapBefore + (size * 1.25);
                page.AddText(text, size, new PdfPoint(Margin, y), isBold ? bold : regular);
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF of the given lines exactly as written, one page each list: for line-end hyphenation and other cases a layout must not change.</summary>
    public static byte[] Lines(params string[][] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(Font("Regular"));
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = page.PageSize.Height - Margin;
            foreach (var line in lines)
            {
                y -= line.Length == 0 ? BodySize : BodySize * 1.25;
                if (line.Length > 0)
                {
                    page.AddText(line, BodySize, new PdfPoint(Margin, y), regular);
                }
            }
        }

        return builder.Build();
    }

    private static byte[] Font(string style) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Documents", "Fonts", $"BriefBotTestSans-{style}.ttf"));

    private static List<List<(string Text, double Size, bool Bold, double GapBefore)>> Lay(IEnumerable<TwinBlock> blocks, int linesPerPage)
    {
        var pages = new List<List<(string, double, bool, double)>> { new() };
        foreach (var block in blocks)
        {
            var (size, isBold, prefix) = block.Kind switch
            {
                TwinKind.Title => (18.0, true, ""),
                TwinKind.Heading => (13.0, true, ""),
                TwinKind.Bullet => (BodySize, false, "• "),
                _ => (BodySize, false, ""),
            };
            var lines = Wrapped(prefix + block.Text, (int)(Wrap * BodySize / size));
            if (pages[^1].Count + lines.Count > linesPerPage)
            {
                pages.Add([]);
            }

            for (var i = 0; i < lines.Count; i++)
            {
                pages[^1].Add((lines[i], size, isBold, i == 0 && pages[^1].Count > 0 ? BodySize * 0.8 : 0));
            }
        }

        return pages;
    }

    private static List<string> Wrapped(string text, int wrap)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > wrap)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }
}
