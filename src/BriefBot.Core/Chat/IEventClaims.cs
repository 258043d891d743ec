namespace BriefBot.Core.Chat;

/// <summary>
/// Makes a platform event be handled once, even when the platform delivers it twice (Slack retries an event it
/// thinks was lost; two replicas briefly hold the same Discord shard during a rolling deployment). In-process by
/// default; the store's implementation holds across restarts and across every replica sharing the database.
/// </summary>
public interface IEventClaims
{
    /// <summary>
    /// Claims <paramref name="eventId"/> (Slack's event_id, a Discord message id) for <paramref name="platform"/>.
    /// True for the first caller, false for every later one, in this process or another, for at least a day.
    /// </summary>
    Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken);
}
