using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Core.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static DigestSchedule Schedule(string cron, string zone) =>
        DigestSchedule.Parse(new DigestOptions { Name = "morning", Platform = "console", Schedule = cron, TimeZone = zone });

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_weekday_morning_in_berlin_follows_the_city_across_the_year()
    {
        var schedule = Schedule("0 9 * * MON-FRI", "Europe/Berlin");

        Assert.Equal(Utc(2026, 12, 1, 8), schedule.Next(Utc(2026, 11, 30, 9)));
        Assert.Equal(Utc(2026, 7, 1, 7), schedule.Next(Utc(2026, 6, 30, 8)));
        Assert.Equal(Utc(2026, 11, 30, 8), schedule.Next(Utc(2026, 11, 27, 9)));
    }

    [Fact]
    public void The_same_schedule_in_two_time_zones_runs_at_their_own_local_times()
    {
        var after = Utc(2026, 11, 30, 0);

        Assert.Equal(Utc(2026, 11, 30, 14), Schedule("0 9 * * *", "America/New_York").Next(after));
        Assert.Equal(Utc(2026, 11, 30, 0), Schedule("0 9 * * *", "Asia/Tokyo").Next(Utc(2026, 11, 29, 23)));
    }

    [Fact]
    public void A_time_that_spring_forward_skips_runs_once_right_after_the_gap()
    {
        // 2026-03-29 in Berlin: 02:00 jumps to 03:00, so 02:30 does not exist that day.
        var runs = Schedule("30 2 * * *", "Europe/Berlin").Between(Utc(2026, 3, 28, 0), Utc(2026, 3, 30, 12)).ToList();

        Assert.Equal([Utc(2026, 3, 28, 1, 30), Utc(2026, 3, 29, 1), Utc(2026, 3, 30, 0, 30)], runs);
    }

    [Fact]
    public void A_time_that_fall_back_repeats_runs_once()
    {
        // 2026-10-25 in Berlin: 03:00 goes back to 02:00, so 02:30 happens twice.
        var runs = Schedule("30 2 * * *", "Europe/Berlin").Between(Utc(2026, 10, 24, 12), Utc(2026, 10, 26, 12)).ToList();

        Assert.Equal([Utc(2026, 10, 25, 0, 30), Utc(2026, 10, 26, 1, 30)], runs);
    }

    [Theory]
    [InlineData("0 9 * *", "UTC", "Schedule '0 9 * *'")]
    [InlineData("61 9 * * *", "UTC", "Schedule '61 9 * * *'")]
    [InlineData("0 9 * * *", "Mars/Olympus", "TimeZone 'Mars/Olympus'")]
    public void A_bad_cron_or_time_zone_is_refused_naming_the_digest(string cron, string zone, string expected)
    {
        var options = new DigestsOptions();
        options.Items.Add(new DigestOptions { Name = "standup", Platform = "slack", Channel = "C1", Schedule = cron, TimeZone = zone });

        var result = new DigestsOptionsValidator([]).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Digest 'standup'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_without_platform_or_channel_is_refused()
    {
        var options = new DigestsOptions();
        options.Items.Add(new DigestOptions { Name = "a", Platform = "", Schedule = "0 9 * * *" });
        options.Items.Add(new DigestOptions { Name = "b", Platform = "slack", Schedule = "0 9 * * *" });

        var result = new DigestsOptionsValidator([]).Validate(null, options);

        Assert.Contains("Digest 'a': Platform is required", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Digest 'b': Channel is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Through_configuration_a_slack_digest_without_a_channel_is_refused_and_a_console_one_gets_its_channel()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Digests:0:Name"] = "team",
            ["Digests:0:Platform"] = "slack",
            ["Digests:0:Schedule"] = "0 9 * * *",
            ["Digests:1:Name"] = "local",
            ["Digests:1:Platform"] = "console",
            ["Digests:1:Schedule"] = "0 9 * * *",
        }).Build();
        // The console's adapter has a default channel; Slack's (not registered here, or registered) has none.
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton<IChatAdapter>(new RecordingChatAdapter("console")).AddBriefBotCore().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DigestsOptions>>().Value);

        Assert.Contains("Digest 'team': Channel is required for slack", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'local'", error.Message, StringComparison.Ordinal);
    }
}
