using BriefBot.Core.Chat;

namespace BriefBot.Storage;

public abstract partial class SqlBriefBotStore
{
    public async Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        // One command, which both databases run as a unit: forget claims past the retention, then claim. The insert
        // alone decides the winner, since a racing insert of the same event waits for the first to commit and then
        // does nothing; it returns a row only when it inserted one.
        return await database.RunAsync("claim a platform event", Durability.Normal, async (connection, ct) =>
        {
            using var claim = connection.Command(
                $"""
                {Dialect.PruneHandledEventsSql}
                INSERT INTO handled_events (platform, event_id, at) VALUES (@platform, @event, @now) ON CONFLICT DO NOTHING RETURNING 1;
                """,
                ("cutoff", Dialect.Time(now - MemoryEventClaims.Retention)),
                ("platform", platform),
                ("event", eventId),
                ("now", Dialect.Time(now)));
            return await claim.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null;
        }, cancellationToken).ConfigureAwait(false);
    }
}
