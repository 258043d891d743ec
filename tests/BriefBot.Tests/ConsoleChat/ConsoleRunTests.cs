using BriefBot.Cli;
using BriefBot.Tests.Cli;

namespace BriefBot.Tests.ConsoleChat;

public sealed class ConsoleRunTests
{
    [Fact]
    public async Task With_no_platform_configured_it_answers_standard_input_and_exits_cleanly_at_its_end()
    {
        using var database = new TempDatabase();

        var (exit, output, _) = await CliRun.RunWithInputAsync("What is HIMARS?\nHow many casualties were there in Kharkiv?\n", database.Setting);

        Assert.Equal(0, exit);
        Assert.Contains("HIMARS stands for High Mobility Artillery Rocket Systems.", output, StringComparison.Ordinal);
        Assert.Contains("I don't have that in my briefings", output, StringComparison.Ordinal);
        Assert.True(File.Exists(database.Path));
    }

    [Fact]
    public async Task In_a_terminal_the_first_prompt_comes_after_every_start_up_log_line()
    {
        using var database = new TempDatabase();
        // One screen for replies and log lines, as a terminal shows them.
        using var screen = new StringWriter();
        var terminal = TextWriter.Synchronized(screen);

        var exit = await BriefBotCommandLine.RunAsync([database.Setting], new CliConsole(new StringReader("What is HIMARS?\n"), terminal, terminal, InputIsRedirected: false), CancellationToken.None);

        Assert.Equal(0, exit);
        var text = screen.ToString();
        var prompt = text.IndexOf("> ", StringComparison.Ordinal);
        Assert.True(prompt > 0, text);
        Assert.InRange(text.IndexOf("Knowledge loaded", StringComparison.Ordinal), 0, prompt);
        Assert.InRange(text.IndexOf("BriefBot started", StringComparison.Ordinal), 0, prompt);
        Assert.StartsWith("> HIMARS stands for", text[prompt..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_knowledge_folder_is_said_at_start_and_reported_degraded()
    {
        using var database = new TempDatabase();
        var empty = Directory.CreateTempSubdirectory("briefbot-empty-");
        try
        {
            using var screen = new StringWriter();
            var terminal = TextWriter.Synchronized(screen);
            var exit = await BriefBotCommandLine.RunAsync(["--knowledge", empty.FullName, database.Setting], new CliConsole(new StringReader(""), terminal, terminal, InputIsRedirected: false), CancellationToken.None);
            var (healthExit, health, _) = await CliRun.RunAsync("health", "--knowledge", empty.FullName, database.Setting);

            Assert.Equal(0, exit);
            Assert.Contains($"No entries in {empty.FullName}: every question will be declined", screen.ToString(), StringComparison.Ordinal);
            Assert.Equal(0, healthExit);
            Assert.Contains("\"status\": \"Degraded\"", health, StringComparison.Ordinal);
            Assert.Contains($"no entries in {empty.FullName}", health, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
