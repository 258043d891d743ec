using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>Waiting on work that runs on other threads: real time for I/O, fake time stepped for timers.</summary>
public static class Wait
{
    public static readonly TimeSpan RealLimit = TimeSpan.FromSeconds(20);

    public static async Task UntilAsync(Func<bool> done, string what)
    {
        var deadline = DateTime.UtcNow + RealLimit;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Timed out waiting for " + what);
            }

            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Advances fake time in steps until <paramref name="done"/>, yielding real time between steps so the code under
    /// test can reach its next timer. Stepping (rather than one jump) is robust to a timer created after a step.
    /// </summary>
    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Func<bool> done, TimeSpan step, TimeSpan limit, string what)
    {
        var advanced = TimeSpan.Zero;
        var deadline = DateTime.UtcNow + RealLimit;
        while (!done())
        {
            if (advanced >= limit || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting for {what} after advancing {advanced}");
            }

            time.Advance(step);
            advanced += step;
            await Task.Delay(15);
        }
    }

    /// <summary>Advances fake time by <paramref name="total"/> in steps, yielding between them, to let timers fire as they would.</summary>
    public static async Task AdvanceAsync(this FakeTimeProvider time, TimeSpan total, TimeSpan step)
    {
        for (var advanced = TimeSpan.Zero; advanced < total; advanced += step)
        {
            time.Advance(step);
            await Task.Delay(15);
        }
    }
}
