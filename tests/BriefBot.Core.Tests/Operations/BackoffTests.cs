using BriefBot.Core.Operations;

namespace BriefBot.Core.Tests.Operations;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(1, 0.5, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(4, 4, 8)]
    [InlineData(10, 15, 30)]
    [InlineData(1_000, 15, 30)]
    public void Backs_off_exponentially_with_jitter_up_to_its_cap(int failures, double least, double most)
    {
        var low = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), () => 0);
        var high = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), () => 0.999999);

        Assert.Equal(TimeSpan.FromSeconds(least), low.After(failures));
        Assert.InRange(high.After(failures), TimeSpan.FromSeconds(most * 0.999), TimeSpan.FromSeconds(most));
    }

    [Fact]
    public void No_failure_means_no_wait() => Assert.Equal(TimeSpan.Zero, Backoff.Reconnect.After(0));

    [Fact]
    public void Replicas_failing_together_do_not_retry_in_step()
    {
        var waits = Enumerable.Range(0, 20).Select(_ => Backoff.Reconnect.After(5)).Distinct().Count();
        Assert.True(waits > 1);
    }
}
