using BriefBot.Tests.Hosting;

namespace BriefBot.Tests.Cli;

public sealed class CommandLineErrorTests
{
    [Fact]
    public async Task An_unknown_command_is_one_line_with_a_pointer_to_help_and_exits_2()
    {
        var (exit, _, error) = await CliRun.RunAsync("frobnicate");

        Assert.Equal(2, exit);
        Assert.Equal("error: Unrecognized command or argument 'frobnicate'. See 'briefbot --help'.", error.Trim());
    }

    [Fact]
    public async Task An_unknown_option_names_it_and_points_to_that_commands_help()
    {
        var (exit, output, error) = await CliRun.RunAsync("ask", "--jsn", "hi");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("error: Unrecognized option '--jsn'. See 'briefbot ask --help'.", error.Trim());
    }

    [Fact]
    public async Task After_a_double_dash_a_question_may_start_with_dashes()
    {
        var (exit, output, _) = await CliRun.RunAsync("ask", "--", "--what", "is", "HIMARS?");

        Assert.Equal(0, exit);
        Assert.Contains("High Mobility Artillery Rocket Systems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_argument_is_one_line()
    {
        var (exit, _, error) = await CliRun.RunAsync("import", "faq.tsv");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--out", line, StringComparison.Ordinal);
        Assert.Contains("briefbot import --help", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_option_value_says_what_it_takes()
    {
        var (exit, _, error) = await CliRun.RunAsync("report", "--days", "x");

        Assert.Equal(2, exit);
        Assert.Equal("error: --days takes a positive whole number. See 'briefbot report --help'.", error.Trim());
    }

    [Fact]
    public async Task A_missing_knowledge_folder_is_a_clear_error_not_a_stack_trace()
    {
        var missing = Path.Combine(Path.GetTempPath(), "briefbot-none-" + Guid.NewGuid().ToString("N"));

        var (exit, _, error) = await CliRun.RunAsync("ask", "--knowledge", missing, "What is HIMARS?");

        Assert.Equal(1, exit);
        Assert.Contains($"The knowledge folder '{missing}' does not exist", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_setting_names_the_setting()
    {
        var (exit, _, error) = await CliRun.RunAsync("ask", "hi", "--Matching:Threshold=0");

        Assert.Equal(1, exit);
        Assert.Contains("Threshold", error, StringComparison.Ordinal);
    }

    // Each setting on every command that reads it (ask reads no store setting, only the bot reads Health:Enabled).
    [Theory]
    [InlineData("--Matching:Threshold=abc", "Matching:Threshold must be a whole number (got 'abc')", "ask report digest health run")]
    [InlineData("--Knowledge:ReloadDebounce=soon", "Knowledge:ReloadDebounce must be a time span", "ask report digest health run")]
    [InlineData("--Storage:Provider=Mongo", "Storage:Provider must be one of Sqlite, Postgres (got 'Mongo')", "report digest health run")]
    [InlineData("--Health:Enabled=maybe", "Health:Enabled must be true or false", "health run")]
    [InlineData("--HostOptions:ShutdownTimeout=long", "HostOptions:ShutdownTimeout must be a time span", "ask report digest health run")]
    public async Task A_setting_of_the_wrong_type_is_one_line_naming_it_on_every_command(string setting, string expected, string commandNames)
    {
        using var database = new TempDatabase();
        var arguments = new Dictionary<string, string[]> { ["ask"] = ["What is HIMARS?"], ["digest"] = ["morning", "--preview"] };
        foreach (var name in commandNames.Split(' '))
        {
            string[] command = [name, .. arguments.GetValueOrDefault(name, [])];
            var (exit, _, error) = await CliRun.RunAsync([.. command, setting, database.Setting]);

            Assert.True(exit == 1, $"{command[0]} {setting}: exit {exit}\n{error}");
            Assert.Equal("error: invalid configuration: " + expected, error.Trim()[..(30 + expected.Length)]);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Fact]
    public async Task In_the_real_process_a_setting_of_the_wrong_type_exits_1_with_one_line()
    {
        using var bot = new BotProcess("ask", "himars?", "--Matching:Threshold=abc");

        Assert.Equal(1, await bot.WaitForExitAsync());
        Assert.Equal("", bot.Output.Trim());
        Assert.Equal("error: invalid configuration: Matching:Threshold must be a whole number (got 'abc').", bot.Log.Trim());
    }

    [Fact]
    public async Task Help_lists_every_command_and_the_setting_overrides()
    {
        var (exit, output, _) = await CliRun.RunAsync("--help");

        Assert.Equal(0, exit);
        foreach (var command in new[] { "run", "ask", "eval", "import", "digest", "report", "discord", "health", "help" })
        {
            Assert.Matches($@"(?m)^  {command}\b", output);
        }

        Assert.Contains("--Section:Key=value", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_for_one_command_shows_its_options()
    {
        var (exit, output, _) = await CliRun.RunAsync("help", "report");
        var (exit2, output2, _) = await CliRun.RunAsync("report", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--from <YYYY-MM-DD>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--json", output, StringComparison.Ordinal);
        Assert.Equal(0, exit2);
        Assert.Equal(output, output2);
    }
}
