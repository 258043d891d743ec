using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Knowledge.Documents;

/// <summary>
/// Files saved by office software (see Samples/README.md: pandoc and LibreOffice), not by our own writers, answer
/// as the Markdown they were made from.
/// </summary>
public sealed class SampleFileTests
{
    private static readonly string[] Questions =
    [
        "when is the office move?",
        "where are the lockers?",
        "where do staff park?",
        "is there a shuttle from the station?",
        "can I bring my own chair?",
        "who do I ask about the move?",
        "when is the building open?",
        "what is the wifi password?",
    ];

    [Theory]
    [InlineData("office-move.pandoc.docx")]
    [InlineData("office-move.libreoffice.docx")]
    [InlineData("office-move.libreoffice.pdf")]
    [InlineData("office-move.pandoc.html")]
    public async Task A_file_saved_by_office_software_answers_as_its_markdown_source(string sample)
    {
        var source = await LoadAsync("office-move.md");
        var saved = await LoadAsync(sample);

        Assert.Empty(saved.Problems);
        Assert.Equal(Assert.Single(source.Briefings).Title, Assert.Single(saved.Briefings).Title);
        Assert.Equal(source.Briefings[0].Sections, saved.Briefings[0].Sections);
        var expected = new Matcher(source, new MatchingOptions());
        var actual = new Matcher(saved, new MatchingOptions());
        // The comparison means something only if the source answers what it covers and declines what it does not.
        Assert.All(Questions[..^1], q => Assert.True(expected.Answer(q).Answered, q));
        Assert.False(expected.Answer(Questions[^1]).Answered);
        foreach (var question in Questions)
        {
            var (want, got) = (expected.Answer(question), actual.Answer(question));
            Assert.True((want.Answered, want.Quote?.Text) == (got.Answered, got.Quote?.Text), $"{sample}: {question}\n  md: {want.Quote?.Text}\n  {sample}: {got.Quote?.Text}");
        }
    }

    private static async Task<KnowledgeBase> LoadAsync(string sample)
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Documents", "Samples", sample), Path.Combine(folder.Path, sample));
        return await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);
    }
}
