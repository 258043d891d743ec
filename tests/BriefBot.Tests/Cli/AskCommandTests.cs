using System.Text.Json;

namespace BriefBot.Tests.Cli;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Prints_the_answer_with_the_quoted_source_and_confidence()
    {
        var (exit, output, _) = await CliRun.RunAsync("ask", "What weapons can Ukraine use inside Russia?");

        Assert.Equal(0, exit);
        Assert.Contains("GMLRS", output, StringComparison.Ordinal);
        Assert.Contains("> “Ukraine may use GMLRS and HIMARS systems for cross-border strikes.”", output, StringComparison.Ordinal);
        Assert.Contains("— Biden Reverses Long-Standing Policy", output, StringComparison.Ordinal);
        Assert.Matches(@"\(confidence \d+\)", output);
    }

    [Fact]
    public async Task Json_output_has_every_field_a_script_needs()
    {
        var (exit, output, _) = await CliRun.RunAsync("ask", "--json", "What is HIMARS?");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("What is HIMARS?", root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Contains("High Mobility Artillery Rocket Systems", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("(HIMARS)", root.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Biden Reverses", root.GetProperty("source").GetProperty("document").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("source").TryGetProperty("section", out _));
        Assert.InRange(root.GetProperty("confidence").GetInt32(), 0, 100);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("suggestions").ValueKind);
    }

    [Fact]
    public async Task Without_a_question_it_answers_each_line_of_standard_input_as_json()
    {
        var (exit, output, _) = await CliRun.RunWithInputAsync("What is HIMARS?\n\ntell me a joke\n", "ask");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var replies = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(replies[0].GetProperty("answered").GetBoolean());
        Assert.False(replies[1].GetProperty("answered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, replies[1].GetProperty("answer").ValueKind);
    }

    [Fact]
    public async Task Declines_plainly_when_the_knowledge_does_not_cover_it()
    {
        var (_, output, _) = await CliRun.RunAsync("ask", "How many casualties were there in Kharkiv?");

        Assert.StartsWith("I don't have that in my briefings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configuration_on_the_command_line_overrides_the_settings_file()
    {
        var (_, output, _) = await CliRun.RunAsync("ask", "--json", "What weapons can Ukraine use inside Russia?", "--Matching:Threshold=99");

        Assert.Contains("\"answered\":false", output, StringComparison.Ordinal);
    }
}
