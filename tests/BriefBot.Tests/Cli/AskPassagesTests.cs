using System.Text.Json;
using BriefBot.Core.Replies;

namespace BriefBot.Tests.Cli;

/// <summary>
/// A decline offers the sentences that came closest, on the console and in <c>ask --json</c>. The lexical matcher
/// (<c>Matching:Semantic=false</c>): these tests are about what a decline shows, not about which questions decline.
/// </summary>
public sealed class AskPassagesTests
{
    private const string NearMiss = "which targets can be hit";
    private const string Lexical = "--Matching:Semantic=false";

    [Fact]
    public async Task A_decline_on_the_console_quotes_the_closest_sentences_with_document_and_section_as_possibly_relevant()
    {
        var (exit, output, _) = await CliRun.RunAsync("ask", NearMiss, Lexical);

        Assert.Equal(0, exit);
        Assert.StartsWith(Reply.NotCoveredText, output, StringComparison.Ordinal);
        var heading = output.IndexOf(Passage.Heading, StringComparison.Ordinal);
        Assert.True(heading > 0, output);
        var rest = output[heading..];
        Assert.Contains("> “Targeting is restricted to military assets directly involved in the Kharkiv offensive.”", rest, StringComparison.Ordinal);
        Assert.Contains("— Biden Reverses Long-Standing Policy, Authorizes Ukraine to Strike Inside Russian Territory, A Strategic Pivot for the Kharkiv Defense", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("(confidence", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_passages_hold_quote_document_section_and_confidence()
    {
        var (exit, output, _) = await CliRun.RunAsync("ask", "--json", NearMiss, Lexical);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.False(root.GetProperty("answered").GetBoolean());
        var passages = root.GetProperty("passages").EnumerateArray().ToList();
        Assert.InRange(passages.Count, 1, 3);
        Assert.All(passages, p =>
        {
            Assert.Equal(["quote", "document", "section", "confidence"], p.EnumerateObject().Select(x => x.Name));
            Assert.StartsWith("Biden Reverses", p.GetProperty("document").GetString(), StringComparison.Ordinal);
            Assert.InRange(p.GetProperty("confidence").GetInt32(), 0, root.GetProperty("confidence").GetInt32());
        });
        Assert.Contains(passages, p =>
            p.GetProperty("quote").GetString() == "Targeting is restricted to military assets directly involved in the Kharkiv offensive."
            && p.GetProperty("section").GetString() == "A Strategic Pivot for the Kharkiv Defense");
    }

    [Theory]
    [InlineData("what is the weather in Paris")]
    [InlineData("What is HIMARS?")]
    public async Task An_answer_or_a_question_far_from_the_knowledge_has_no_passages(string question)
    {
        var (_, json, _) = await CliRun.RunAsync("ask", "--json", question, Lexical);
        var (_, text, _) = await CliRun.RunAsync("ask", question, Lexical);

        Assert.Empty(JsonDocument.Parse(json).RootElement.GetProperty("passages").EnumerateArray());
        Assert.DoesNotContain(Passage.Heading, text, StringComparison.Ordinal);
    }
}
