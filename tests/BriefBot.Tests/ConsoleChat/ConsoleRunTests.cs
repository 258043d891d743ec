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
}
