using BriefBot.Core.Evaluation;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using Xunit.Abstractions;

namespace BriefBot.Core.Tests.Knowledge.Documents;

/// <summary>
/// The held-out briefings written as Word (OpenXml SDK), PDF (PdfPig's builder) and HTML (by hand) must answer their
/// questions exactly as their plain-text twins do: the same questions answered, with the same answer and quote.
/// </summary>
public sealed class TwinFormatTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Twins()
    {
        var data = new TheoryData<string, string>();
        foreach (var briefing in new[] { "caregiver-leave-policy", "lindqvist-atlantica-acquisition", "north-garage-repairs-parking", "qr-code-phishing-alert" })
        {
            foreach (var format in new[] { ".docx", ".pdf", ".html" })
            {
                data.Add(briefing, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Twins))]
    public async Task A_document_answers_its_questions_as_its_plain_text_twin_does(string briefing, string format)
    {
        var text = await File.ReadAllTextAsync(TestKnowledge.EvalFile($"heldout2/knowledge/{briefing}.txt"));
        var questions = EvalQuestionFile.Parse(await File.ReadAllLinesAsync(TestKnowledge.EvalFile($"heldout2/{briefing}-questions.tsv")), briefing);
        var (plainBriefing, plain) = await RunAsync(briefing + ".txt", System.Text.Encoding.UTF8.GetBytes(text), questions);
        var (twinBriefing, twin) = await RunAsync(briefing + format, Write(format, PlainTextTwin.Blocks(text)), questions);

        Assert.Equal(plainBriefing.Title, twinBriefing.Title);
        Assert.Equal(plainBriefing.Sections, twinBriefing.Sections);
        Assert.Equal(plainBriefing.Faqs.Select(f => (f.Question.Text, f.AnswerText)), twinBriefing.Faqs.Select(f => (f.Question.Text, f.AnswerText)));

        output.WriteLine($"{briefing}.txt: {EvalTotals.Of(plain).ToString().Split('\n')[0]}");
        output.WriteLine($"{briefing}{format}: {EvalTotals.Of(twin).ToString().Split('\n')[0]}");
        for (var i = 0; i < questions.Count; i++)
        {
            Assert.True(
                (plain[i].Reply.Answered, plain[i].Reply.Answer, plain[i].Reply.Quote?.Text) == (twin[i].Reply.Answered, twin[i].Reply.Answer, twin[i].Reply.Quote?.Text),
                $"{questions[i].Question}\n  text: {plain[i].Reply.Answered} {plain[i].Reply.Quote?.Text}\n  {format}: {twin[i].Reply.Answered} {twin[i].Reply.Quote?.Text}");
        }
    }

    internal static byte[] Write(string format, IReadOnlyList<TwinBlock> blocks) => format switch
    {
        ".docx" => DocxWriter.Write(blocks),
        ".pdf" => PdfWriter.Write(blocks),
        _ => System.Text.Encoding.UTF8.GetBytes(HtmlWriter.Write(blocks)),
    };

    private static async Task<(Briefing Briefing, IReadOnlyList<EvalResult> Results)> RunAsync(string name, byte[] bytes, IReadOnlyList<EvalQuestion> questions)
    {
        using var folder = new TempFolder();
        folder.WriteBytes(name, bytes);
        var knowledge = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);
        Assert.Empty(knowledge.Problems);
        return (Assert.Single(knowledge.Briefings), Evaluator.Run(new Matcher(knowledge, new MatchingOptions()), questions));
    }
}
