namespace BriefBot.Core.Operations;

/// <summary>
/// The one retry and reconnect schedule: exponential from <see cref="First"/>, never above <see cref="Max"/>, with
/// jitter, so that replicas which lost a platform together do not come back in step. Callers count consecutive
/// failures and start again from zero once a connection or a call succeeds (NetCord's IReconnectStrategy is the
/// model). The platforms' own waits (Retry-After, retry_after, op 9's 1–5 s) are not backoffs and come first.
/// </summary>
public sealed class Backoff
{
    private readonly Func<double> random;

    /// <param name="first">The wait after the first failure (at most: jitter takes up to half of each wait off).</param>
    /// <param name="max">No wait is longer.</param>
    /// <param name="random">A number in [0, 1): Random.Shared by default; tests pass a fixed one.</param>
    public Backoff(TimeSpan first, TimeSpan max, Func<double>? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(first, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, first);
        First = first;
        Max = max;
        this.random = random ?? Random.Shared.NextDouble;
    }

    /// <summary>Gateway and Socket Mode reconnects: 1 s, 2 s, 4 s … up to a minute.</summary>
    public static Backoff Reconnect { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

    /// <summary>A platform call that failed (5xx, network): 1 s, 2 s, 4 s … up to 30 s, within the caller's attempt limit.</summary>
    public static Backoff Call { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    public TimeSpan First { get; }

    public TimeSpan Max { get; }

    /// <summary>
    /// The wait after <paramref name="failures"/> consecutive failures (zero for none): the exponential step, of which
    /// half is fixed and half random ("equal jitter"), so every wait lies between half the step and the step.
    /// </summary>
    public TimeSpan After(int failures)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        var step = First.TotalSeconds * Math.Pow(2, Math.Min(failures - 1, 30));
        var capped = Math.Min(step, Max.TotalSeconds);
        return TimeSpan.FromSeconds((capped / 2) + (capped / 2 * random()));
    }
}
