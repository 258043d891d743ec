using System.Text;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Documents;
using BriefBot.Core.Matching;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace BriefBot.Core.Tests.Knowledge.Documents;

public sealed class PdfReaderTests
{
    private static readonly TwinBlock[] Move =
    [
        new(TwinKind.Title, "Office Move Briefing"),
        new(TwinKind.Paragraph, "The team moves to the new office at 5 Harbour Street on March 3, and the old floor closes the same evening after the last meeting of the day."),
        new(TwinKind.Heading, "What changes"),
        new(TwinKind.Bullet, "Desks are assigned by team."),
        new(TwinKind.Bullet, "Lockers are on the second floor."),
        new(TwinKind.Heading, "Parking"),
        new(TwinKind.Paragraph, "Where do I park?"),
        new(TwinKind.Paragraph, "Staff park in the north garage, level 2."),
    ];

    [Fact]
    public async Task Reads_headings_from_font_size_and_weight_and_drops_running_headers_footers_and_page_numbers()
    {
        var knowledge = await DocumentFolder.LoadAsync(("move.pdf", PdfWriter.Write(Move, linesPerPage: 4)));

        var briefing = Assert.Single(knowledge.Briefings);
        Assert.Equal("Office Move Briefing", briefing.Title);
        Assert.Equal(["What changes", "Parking"], briefing.Sections);
        Assert.Contains(briefing.Sentences, s => s is { Role: SentenceRole.Bullet, Text: "Lockers are on the second floor." });
        Assert.Equal("Where do I park?", Assert.Single(briefing.Faqs).Question.Text);
        Assert.DoesNotContain(briefing.Sentences, s => s.Text.Contains("Internal briefing", StringComparison.Ordinal) || s.Text.Contains("Page ", StringComparison.Ordinal));
        // The lead wraps over two lines: one sentence again.
        Assert.Contains(briefing.Sentences, s => s is { Role: SentenceRole.Lead } && s.Text.EndsWith("after the last meeting of the day.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_quoting_a_pdf_gives_the_page_of_its_sentence()
    {
        var knowledge = await DocumentFolder.LoadAsync(("move.pdf", PdfWriter.Write(Move, linesPerPage: 4)));
        var matcher = new Matcher(knowledge, new MatchingOptions());

        var parking = matcher.Answer("where do I park?");
        var move = matcher.Answer("when does the team move to the new office?");

        Assert.Equal("Staff park in the north garage, level 2.", parking.Quote?.Text);
        Assert.Equal(3, parking.Quote?.Source.Page);
        Assert.Equal(1, move.Quote?.Source.Page);
    }

    [Fact]
    public async Task Joins_a_word_hyphenated_at_a_line_end_keeps_a_compound_hyphen_and_runs_a_paragraph_over_a_page_break()
    {
        var pdf = PdfWriter.Lines(
            ["Help desk notice", "", "Tickets go to the infor-", "mation desk on the ground floor, which"],
            ["opens at 8 a.m. on weekdays for expense-", "reimbursement questions."]);

        var knowledge = await DocumentFolder.LoadAsync(("desk.pdf", pdf));

        var sentence = Assert.Single(Assert.Single(knowledge.Briefings).Sentences, s => s.Role == SentenceRole.Lead);
        Assert.Equal("Tickets go to the information desk on the ground floor, which opens at 8 a.m. on weekdays for expense-reimbursement questions.", sentence.Text);
        Assert.Equal(1, sentence.Page);
    }

    [Fact]
    public async Task A_scan_without_a_text_layer_is_a_problem_that_says_so()
    {
        using var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 400, 600);

        var knowledge = await DocumentFolder.LoadAsync(("scan.pdf", builder.Build()));

        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal("scan.pdf", problem.File);
        Assert.Contains("no text layer: scanned?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_encrypted_pdf_is_a_problem_naming_it()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        document.SecuritySettings.UserPassword = "secret";
        document.SecuritySettings.OwnerPassword = "owner";
        using var stream = new MemoryStream();
        document.Save(stream);

        var knowledge = await DocumentFolder.LoadAsync(("locked.pdf", stream.ToArray()), ("move.pdf", PdfWriter.Write(Move)));

        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal("locked.pdf", problem.File);
        Assert.Contains("encrypted", problem.Message, StringComparison.Ordinal);
        Assert.Equal("move.pdf", Assert.Single(knowledge.Briefings).File);
    }

    [Fact]
    public async Task A_pdf_with_broken_cross_references_is_recovered_and_one_that_is_garbage_is_a_problem()
    {
        var pdf = PdfWriter.Write(Move);
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var broken = Encoding.Latin1.GetBytes(text[..startxref] + "startxref\n12345\n%%EOF\n");
        var garbage = Encoding.Latin1.GetBytes("%PDF-1.7\n" + new string('x', 2000));

        var knowledge = await DocumentFolder.LoadAsync(("broken.pdf", broken), ("garbage.pdf", garbage));

        Assert.Equal("Office Move Briefing", Assert.Single(knowledge.Briefings).Title);
        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal("garbage.pdf", problem.File);
        Assert.Contains("not a readable PDF", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Size_and_page_limits_are_problems_that_name_their_setting()
    {
        using var folder = new TempFolder();
        await using (var huge = File.Create(Path.Combine(folder.Path, "huge.pdf")))
        {
            huge.SetLength(200L * 1024 * 1024);
        }

        folder.WriteBytes("long.pdf", PdfWriter.Write(Move, linesPerPage: 2));

        var knowledge = (await KnowledgeLoader.LoadAsync(folder.Path, null, DocumentLimits.Default with { MaxPages = 2 }, [], CancellationToken.None)).Knowledge;

        Assert.Contains(knowledge.Problems, p => p.File == "huge.pdf" && p.Message.Contains("is 200 MB, over the 20 MB limit (Knowledge:MaxDocumentMegabytes)", StringComparison.Ordinal));
        Assert.Contains(knowledge.Problems, p => p.File == "long.pdf" && p.Message.Contains("over the limit of 2 (Knowledge:MaxPdfPages)", StringComparison.Ordinal));
    }
}
