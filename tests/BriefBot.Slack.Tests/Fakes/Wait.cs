using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>Waits for something the adapter does in the background, advancing the fake clock in small steps when given one.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<bool> condition, FakeTimeProvider? time = null, TimeSpan? step = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the adapter.");
            time?.Advance(step ?? TimeSpan.FromMilliseconds(250));
            await Task.Delay(10);
        }
    }
}
