using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge;

public sealed class FaqImporterTests
{
    [Fact]
    public void Rows_that_share_an_answer_become_one_entry_and_headers_and_comments_are_skipped()
    {
        const string tsv = "question\tanswer\n# exported 2026-11-01\nHow do I reset my password?\tUse the portal.\nforgot password\tUse the portal.\nWhere is the office?\tFloor 3.\n";

        var (entries, problems) = FaqImporter.Read(tsv, "faq.tsv");

        Assert.Empty(problems);
        Assert.Equal(2, entries.Count);
        Assert.Equal(["How do I reset my password?", "forgot password"], entries[0].Questions);
        Assert.Equal("Use the portal.", entries[0].Answer);
    }

    [Fact]
    public void Reads_quoted_csv_fields_with_commas_quotes_and_newlines()
    {
        const string csv = "Question,Answer\n\"Can I bring a guest, or two?\",\"Yes; say \"\"guest\"\" at the desk.\"\n\"Multi-line?\",\"First line\nsecond line\"\n";

        var (entries, problems) = FaqImporter.Read(csv, "faq.csv");

        Assert.Empty(problems);
        Assert.Equal("Can I bring a guest, or two?", entries[0].Questions[0]);
        Assert.Equal("Yes; say \"guest\" at the desk.", entries[0].Answer);
        Assert.Equal("First line\nsecond line", entries[1].Answer);
    }

    [Fact]
    public void A_row_without_an_answer_is_reported_with_its_line()
    {
        var (entries, problems) = FaqImporter.Read("q1,a1\nq2\nq3,a3\n", "faq.csv");

        Assert.Equal(2, entries.Count);
        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public void An_unterminated_quote_is_an_error_naming_its_line_not_one_entry_swallowing_the_next_rows()
    {
        var e = Assert.Throws<FormatException>(() => FaqImporter.Read("q1,\"unterminated answer\nq2,a2\n", "faq.csv"));

        Assert.StartsWith("line 1:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_columns_are_reported_and_the_row_still_imported()
    {
        var (entries, problems) = FaqImporter.Read("q1,a1,note\nq2,a2,\n", "faq.csv");

        Assert.Equal(["a1", "a2"], entries.Select(e => e.Answer));
        Assert.Equal(1, Assert.Single(problems).Line);
    }

    [Fact]
    public void The_written_file_reads_back_as_the_same_curated_entries()
    {
        var (entries, _) = FaqImporter.Read("question\tanswer\nA?\tX\nB?\tX\nC?\tY\n", "faq.tsv");

        var (file, problems) = CuratedFileReader.Parse(FaqImporter.ToCuratedJson("Imported", entries), "imported.json");

        Assert.Empty(problems);
        Assert.Equal(entries.Select(e => (string.Join("|", e.Questions), e.Answer)), file!.Entries.Select(e => (string.Join("|", e.Questions), e.Answer)));
    }
}
