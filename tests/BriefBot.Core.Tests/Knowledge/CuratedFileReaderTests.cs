using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge;

public sealed class CuratedFileReaderTests
{
    [Fact]
    public void Reads_entries_with_alternate_phrasings_and_synonyms()
    {
        const string json = """
            {
              "title": "IT help desk",
              // comments are allowed
              "entries": [
                { "questions": ["How do I reset my password?", "forgot my password"], "answer": "Use the self-service portal." },
                { "question": "Where is the VPN guide?", "answer": "On the intranet under Remote work." }
              ],
              "synonyms": [ ["wfh", "work from home", "remote work"] ]
            }
            """;

        var (file, problems) = CuratedFileReader.Parse(json, "helpdesk.json");

        Assert.Empty(problems);
        Assert.Equal("IT help desk", file!.Title);
        Assert.Equal(["How do I reset my password?", "forgot my password"], file.Entries[0].Questions);
        Assert.Equal(5, file.Entries[0].Line);
        Assert.Equal(["wfh", "work from home", "remote work"], Assert.Single(file.Synonyms).Terms);
    }

    [Fact]
    public void Malformed_json_names_the_file_and_line()
    {
        const string json = "{\n  \"entries\": [\n    { \"questions\": [\"a?\"] \"answer\": \"b\" }\n  ]\n}";

        var (file, problems) = CuratedFileReader.Parse(json, "broken.json");

        Assert.Null(file);
        var problem = Assert.Single(problems);
        Assert.Equal("broken.json", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_entry_is_reported_at_its_line_and_the_others_still_load()
    {
        const string json = "{\n  \"entries\": [\n    { \"questions\": [\"Ok?\"], \"answer\": \"Yes.\" },\n    { \"questions\": [\"No answer?\"] },\n    { \"answer\": \"No question.\" }\n  ]\n}";

        var (file, problems) = CuratedFileReader.Parse(json, "partial.json");

        Assert.Single(file!.Entries);
        Assert.Equal([4, 5], problems.Select(p => p.Line));
        Assert.Equal(["entry has no answer", "entry has no question"], problems.Select(p => p.Message));
    }
}
