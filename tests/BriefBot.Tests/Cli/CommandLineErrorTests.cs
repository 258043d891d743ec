namespace BriefBot.Tests.Cli;

public sealed class CommandLineErrorTests
{
    [Fact]
    public async Task An_unknown_command_prints_usage_and_exits_2()
    {
        var (exit, _, error) = await CliRun.RunAsync("frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown command 'frobnicate'", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_prints_usage_and_exits_2()
    {
        var (exit, _, error) = await CliRun.RunAsync("ask", "--jsn", "hi");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown option '--jsn'", error, StringComparison.Ordinal);
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

    [Fact]
    public async Task Help_prints_usage_and_exits_0()
    {
        var (exit, output, _) = await CliRun.RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("ask \"QUESTION\"", output, StringComparison.Ordinal);
    }
}
