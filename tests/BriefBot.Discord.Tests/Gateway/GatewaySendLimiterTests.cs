using BriefBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task Allows_120_sends_a_minute_and_holds_the_121st_until_the_oldest_is_a_minute_old()
    {
        var time = new FakeTimeProvider();
        using var limiter = new GatewaySendLimiter(time);

        for (var i = 0; i < 120; i++)
        {
            Assert.True(limiter.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        }

        var next = limiter.WaitAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);
        // The fake clock fires due timers inside Advance, and the limiter goes on from there synchronously: a wait
        // shorter than the window would have let it through by the time Advance returns.
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Sends_spread_over_the_window_free_up_as_they_age()
    {
        var time = new FakeTimeProvider();
        using var limiter = new GatewaySendLimiter(time, limit: 2);
        await limiter.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(30));
        await limiter.WaitAsync(CancellationToken.None);

        var third = limiter.WaitAsync(CancellationToken.None);
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(30));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(limiter.WaitAsync(CancellationToken.None).IsCompleted);
    }
}
