namespace BriefBot.Tests.Cli;

public sealed class EvalAndImportCommandTests
{
    private static string Eval(string name) => Path.Combine(AppContext.BaseDirectory, "eval", name);

    [Fact]
    public async Task Eval_prints_the_misses_and_the_totals()
    {
        var (exit, output, _) = await CliRun.RunAsync("eval", Eval("dev-questions.tsv"));

        Assert.Equal(0, exit);
        Assert.Matches(@"in-scope 20: \d+ correct, 0 wrong, \d+ abstained", output);
        Assert.Contains("out-of-scope 8: 8 abstained, 0 answered", output, StringComparison.Ordinal);
        Assert.Contains("precision of answers given: 100.0 %", output, StringComparison.Ordinal);
        Assert.Contains("ABSTAINED", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_then_eval_works_on_a_hint3_set()
    {
        var folder = Directory.CreateTempSubdirectory("briefbot-import-");
        try
        {
            var output = Path.Combine(folder.FullName, "knowledge", "sofmattress.json");

            var (importExit, importOut, _) = await CliRun.RunAsync("import", Eval("hint3/sofmattress-faq.tsv"), "--out", output);
            var (evalExit, evalOut, _) = await CliRun.RunAsync("eval", Eval("hint3/sofmattress-test.tsv"), "--knowledge", Path.GetDirectoryName(output)!);

            Assert.Equal(0, importExit);
            Assert.Contains("Imported 319 questions as 21 entries", importOut, StringComparison.Ordinal);
            Assert.Equal(0, evalExit);
            Assert.Matches(@"in-scope 253: \d+ correct", evalOut);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Import_refuses_an_output_that_is_not_json()
    {
        var (exit, _, error) = await CliRun.RunAsync("import", Eval("hint3/sofmattress-faq.tsv"), "--out", "knowledge/x.yaml");

        Assert.Equal(2, exit);
        Assert.Contains(".json", error, StringComparison.Ordinal);
    }
}
