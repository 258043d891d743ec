namespace BriefBot.Tests.Cli;

public sealed class EvalAndImportCommandTests
{
    private static string Eval(string name) => Path.Combine(AppContext.BaseDirectory, "eval", name);

    [Fact]
    public async Task Eval_prints_the_misses_and_the_totals()
    {
        var (exit, output, _) = await CliRun.RunAsync("eval", Eval("dev-questions.tsv"));

        Assert.Equal(0, exit);
        Assert.Matches(@"in-scope 20: \d+ correct, 0 wrong, \d+ declined", output);
        Assert.Contains("out-of-scope 8: 8 declined, 0 answered", output, StringComparison.Ordinal);
        Assert.Contains("precision of answers given: 100.0 %", output, StringComparison.Ordinal);
        Assert.Contains("DECLINED", output, StringComparison.Ordinal);
        Assert.DoesNotContain("bstain", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Eval_on_a_file_without_questions_is_an_error()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "# only a comment\n\n");

            var (exit, output, error) = await CliRun.RunAsync("eval", file);

            Assert.Equal(1, exit);
            Assert.Equal("", output);
            Assert.Contains("holds no questions", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
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
    public async Task Import_of_an_unterminated_quote_is_an_error_with_its_line_and_writes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("briefbot-import-");
        try
        {
            var input = Path.Combine(folder.FullName, "faq.csv");
            var output = Path.Combine(folder.FullName, "faq.json");
            File.WriteAllText(input, "q0,a0\nq1,\"unterminated answer\nq2,a2\n");

            var (exit, stdout, error) = await CliRun.RunAsync("import", input, "--out", output);

            Assert.Equal(1, exit);
            Assert.Equal("", stdout);
            Assert.Contains("line 2", error, StringComparison.Ordinal);
            Assert.Contains("never closed", error, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Import_warns_of_extra_columns_refuses_to_overwrite_without_force_and_counts_in_the_singular()
    {
        var folder = Directory.CreateTempSubdirectory("briefbot-import-");
        try
        {
            var input = Path.Combine(folder.FullName, "faq.csv");
            var output = Path.Combine(folder.FullName, "faq.json");
            File.WriteAllText(input, "question,answer\nHow do I reset my password?,Use the portal.,extra\n");

            var (first, firstOut, firstError) = await CliRun.RunAsync("import", input, "--out", output);
            File.WriteAllText(output, "{}");
            var (second, _, secondError) = await CliRun.RunAsync("import", input, "--out", output);
            var kept = File.ReadAllText(output);
            var (forced, _, _) = await CliRun.RunAsync("import", input, "--out", output, "--force");

            Assert.Equal(0, first);
            Assert.Contains("Imported 1 question as 1 entry into", firstOut, StringComparison.Ordinal);
            Assert.Contains("faq.csv:2: 3 columns; only the first two (question, answer) are imported", firstError, StringComparison.Ordinal);
            Assert.Equal(1, second);
            Assert.Contains("already exists; add --force", secondError, StringComparison.Ordinal);
            Assert.Equal("{}", kept);
            Assert.Equal(0, forced);
            Assert.Contains("Use the portal.", File.ReadAllText(output), StringComparison.Ordinal);
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
