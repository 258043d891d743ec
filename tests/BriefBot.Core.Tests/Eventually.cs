namespace BriefBot.Core.Tests;

/// <summary>Waiting for something that must happen, with a deadline; never a way to show that something did not.</summary>
internal static class Eventually
{
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out");
            await Task.Delay(5);
        }
    }
}
