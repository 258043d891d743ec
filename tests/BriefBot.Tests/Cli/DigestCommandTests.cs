namespace BriefBot.Tests.Cli;

public sealed class DigestCommandTests
{
    private static readonly string[] Morning =
    [
        "--Digests:0:Name=morning", "--Digests:0:Platform=console", "--Digests:0:Schedule=0 9 * * MON-FRI",
        "--Digests:0:TimeZone=Europe/Berlin",
    ];

    [Fact]
    public async Task Preview_prints_the_key_facts_without_posting()
    {
        using var database = new TempDatabase();

        var (exit, output, _) = await CliRun.RunAsync(["digest", "morning", "--preview", database.Setting, .. Morning]);

        Assert.Equal(0, exit);
        Assert.Contains("== Digest: morning", output, StringComparison.Ordinal);
        Assert.Contains("• Ukraine may use GMLRS and HIMARS systems for cross-border strikes.  (A Strategic Pivot for the Kharkiv Defense)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_digest_names_the_configured_ones()
    {
        var (exit, _, error) = await CliRun.RunAsync(["digest", "evening", "--preview", .. Morning]);

        Assert.Equal(1, exit);
        Assert.Contains("no digest named 'evening'; configured: morning", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_schedule_stops_start_up_naming_the_digest()
    {
        using var database = new TempDatabase();

        var (exit, _, error) = await CliRun.RunWithInputAsync("", database.Setting, "--Digests:0:Name=broken", "--Digests:0:Platform=console", "--Digests:0:Schedule=every morning");

        Assert.Equal(1, exit);
        Assert.Contains("Digest 'broken': Schedule 'every morning'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_invite_url_carries_the_scopes_and_only_the_permissions_needed()
    {
        var (exit, output, _) = await CliRun.RunAsync("discord", "invite-url", "--Discord:ApplicationId=123456789012345678");

        Assert.Equal(0, exit);
        Assert.Equal("https://discord.com/oauth2/authorize?client_id=123456789012345678&scope=bot%20applications.commands&permissions=274877991936", output.Trim());
    }
}
