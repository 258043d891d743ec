using System.Text.Json;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BriefBot.Tests.Cli;

public sealed class AskJsonPageTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "briefbot-ask-pdf-" + Guid.NewGuid().ToString("N"));

    public AskJsonPageTests() => Directory.CreateDirectory(folder);

    [Fact]
    public async Task A_reply_quoting_a_pdf_gives_the_page_in_its_source_and_a_text_briefing_gives_none()
    {
        await File.WriteAllBytesAsync(Path.Combine(folder, "parking.pdf"), TwoPagePdf());
        await File.WriteAllTextAsync(Path.Combine(folder, "office.txt"), "Office Notes\nThe office opens at 8 a.m. on weekdays.\n");

        var (exit, output, _) = await CliRun.RunWithInputAsync("Where do visitors park?\nWhen does the office open?\n", "ask", "--json", $"--Knowledge:Path={folder}");

        Assert.Equal(0, exit);
        var replies = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source")).ToList();
        Assert.Equal("parking.pdf", replies[0].GetProperty("file").GetString());
        Assert.Equal(2, replies[0].GetProperty("page").GetInt32());
        Assert.Equal(JsonValueKind.Null, replies[1].GetProperty("page").ValueKind);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static byte[] TwoPagePdf()
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var first = builder.AddPage(PageSize.A4);
        first.AddText("Parking Update", 18, new PdfPoint(56, 760), bold);
        first.AddText("The north garage reopens on May 4 after repairs.", 10, new PdfPoint(56, 730), regular);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("Visitors park on level 2 of the north garage.", 10, new PdfPoint(56, 760), regular);
        return builder.Build();
    }
}
