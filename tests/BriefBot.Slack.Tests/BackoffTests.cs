namespace BriefBot.Slack.Tests;

public class BackoffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(10, 30)]
    public void Backs_off_exponentially_up_to_thirty_seconds(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.After(failures));
}
