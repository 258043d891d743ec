using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBot.Core.Tests.Knowledge.Documents;

public sealed class DocxReaderTests
{
    private static readonly TwinBlock[] Move =
    [
        new(TwinKind.Paragraph, "Read this before the move."),
        new(TwinKind.Title, "Office Move Briefing"),
        new(TwinKind.Paragraph, "The team moves to the new office at 5 Harbour Street on March 3."),
        new(TwinKind.Heading, "What changes"),
        new(TwinKind.Bullet, "Desks are assigned by team."),
        new(TwinKind.Paragraph, "Where do I park?"),
        new(TwinKind.Paragraph, "Staff park in the north garage, level 2."),
    ];

    [Fact]
    public async Task Reads_the_title_style_headings_lists_and_faq_of_a_word_document()
    {
        var knowledge = await DocumentFolder.LoadAsync(("move.docx", DocxWriter.Write(Move)));

        var briefing = Assert.Single(knowledge.Briefings);
        Assert.Equal("Office Move Briefing", briefing.Title);
        Assert.Equal(["What changes"], briefing.Sections);
        Assert.Contains(briefing.Sentences, s => s is { Role: SentenceRole.Bullet, Text: "Desks are assigned by team.", Section: "What changes" });
        Assert.Equal("Where do I park?", Assert.Single(briefing.Faqs).Question.Text);
        var reply = new Matcher(knowledge, new MatchingOptions()).Answer("where do i park");
        Assert.True(reply.Answered);
        Assert.Equal("Staff park in the north garage, level 2.", reply.Quote?.Text);
        Assert.Equal("move.docx", reply.Quote?.Source.File);
    }

    [Fact]
    public async Task A_table_row_is_a_fact_that_keeps_its_header()
    {
        var docx = DocxWriter.Write(Move, body => body.Append(Table(["Region", "Impact"], ["EU", "38% of checkouts failed"], ["US", "No impact"])));

        var knowledge = await DocumentFolder.LoadAsync(("incident.docx", docx));

        var reply = new Matcher(knowledge, new MatchingOptions()).Answer("what was the impact in the EU region?");
        Assert.Equal("Region: EU — Impact: 38% of checkouts failed", reply.Quote?.Text);
    }

    [Fact]
    public async Task Tracked_changes_read_as_accepted_and_comments_and_hidden_text_are_left_out()
    {
        var docx = DocxWriter.Write(Move, body =>
        {
            var edited = new Paragraph(
                DocxWriter.Run("Parking permits cost "),
                new DeletedRun(new Run(new DeletedText("£20"))) { Author = "A", Id = "1" },
                new InsertedRun(DocxWriter.Run("£25")) { Author = "A", Id = "2" },
                DocxWriter.Run(" a month."),
                new Run(new RunProperties(new Vanish()), new Text(" Secret draft note.")),
                new CommentRangeStart { Id = "0" },
                new CommentRangeEnd { Id = "0" },
                new Run(new CommentReference { Id = "0" }));
            body.Append(edited);
        });
        docx = WithComment(docx, "Check this price with finance.");

        var knowledge = await DocumentFolder.LoadAsync(("move.docx", docx));

        var sentences = Assert.Single(knowledge.Briefings).Sentences.Select(s => s.Text).ToList();
        Assert.Contains("Parking permits cost £25 a month.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("£20", StringComparison.Ordinal) || s.Contains("Secret", StringComparison.Ordinal) || s.Contains("finance", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resaving_with_one_reworded_sentence_is_one_changed_fact_and_ids_stay_stable()
    {
        var before = await DocumentFolder.LoadAsync(("move.docx", DocxWriter.Write(Move)));
        var again = await DocumentFolder.LoadAsync(("move.docx", DocxWriter.Write(Move)));
        var edited = Move.Select(b => b.Text.StartsWith("Desks", StringComparison.Ordinal) ? b with { Text = "Desks are assigned by team and floor." } : b);
        var after = await DocumentFolder.LoadAsync(("move.docx", DocxWriter.Write(edited)));

        Assert.Equal(before.Fingerprint, again.Fingerprint);
        Assert.Equal(new KnowledgeChanges(0, 1, 0), KnowledgeChanges.Between(before, after));
    }

    [Fact]
    public async Task A_truncated_word_file_is_a_problem_naming_it_and_the_rest_still_loads()
    {
        var docx = DocxWriter.Write(Move);

        var knowledge = await DocumentFolder.LoadAsync(("broken.docx", docx[..(docx.Length / 2)]), ("move.txt", DocumentFolder.Utf8("Move\nThe team moves on March 3.\n")));

        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal("broken.docx", problem.File);
        Assert.Contains("not a readable Word document", problem.Message, StringComparison.Ordinal);
        Assert.Equal("move.txt", Assert.Single(knowledge.Briefings).File);
    }

    [Fact]
    public async Task A_word_file_that_unpacks_past_the_limit_is_refused_as_a_zip_bomb()
    {
        // 30 MB of one repeated sentence packs into a few kilobytes.
        var huge = Enumerable.Repeat(new TwinBlock(TwinKind.Paragraph, new string('a', 1000) + "."), 30_000);
        var docx = DocxWriter.Write([new TwinBlock(TwinKind.Title, "Bomb"), .. huge]);
        Assert.True(docx.Length < 1024 * 1024, $"packed {docx.Length} bytes");

        var knowledge = await DocumentFolder.LoadAsync(("bomb.docx", docx));

        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal("bomb.docx", problem.File);
        Assert.Contains("zip bomb", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Knowledge:MaxDocumentMegabytes", problem.Message, StringComparison.Ordinal);
    }

    private static Table Table(params string[][] rows) =>
        new([.. rows.Select(cells => new TableRow([.. cells.Select(c => new TableCell(DocxWriter.Paragraph(c, null)))]))]);

    private static byte[] WithComment(byte[] docx, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            document.MainDocumentPart!.AddNewPart<WordprocessingCommentsPart>().Comments =
                new Comments(new Comment(DocxWriter.Paragraph(text, null)) { Id = "0", Author = "Reviewer" });
        }

        return stream.ToArray();
    }
}
