namespace BriefBot.Core.Operations;

/// <summary>
/// Whether the store's writes work, as the code that writes sees it: the question log, event claims and digest runs
/// report each outcome here, and readiness shows a failing store as Degraded (the bot still answers; what it
/// records is lost until the store recovers). The first write that works again clears it.
/// </summary>
public sealed class StoreHealth(TimeProvider time)
{
    private volatile StoreFailure? failure;

    /// <summary>The failure since the last write that worked, or null when the store works.</summary>
    public StoreFailure? Failure => failure;

    public void Worked() => failure = null;

    /// <param name="what">What could not be written: "question", "event claim", "digest run".</param>
    /// <param name="exception">Why; its message names the store's problem (a locked or read-only file), never a question.</param>
    public void Failed(string what, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        failure = new StoreFailure(what, exception.GetType().Name + ": " + exception.Message, failure?.Since ?? time.GetUtcNow());
    }
}

/// <summary>The store's last failed write, and since when writes have been failing.</summary>
public sealed record StoreFailure(string What, string Error, DateTimeOffset Since);
