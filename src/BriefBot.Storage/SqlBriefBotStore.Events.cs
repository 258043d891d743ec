using BriefBot.Core.Chat;

namespace BriefBot.Storage;

public abstract partial class SqlBriefBotStore
{
    public async Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        // Forget claims past the retention, then claim: the insert alone decides the winner, since a racing insert of
        // the same event waits for the first to commit and then does nothing.
        return await database.WriteAsync("claim a platform event", Durability.Normal, async (connection, ct) =>
        {
            using (var prune = connection.Command(Dialect.PruneHandledEventsSql, ("cutoff", Dialect.Time(now - MemoryEventClaims.Retention))))
            {
                await prune.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            using var claim = connection.Command(
                "INSERT INTO handled_events (platform, event_id, at) VALUES (@platform, @event, @now) ON CONFLICT DO NOTHING;",
                ("platform", platform),
                ("event", eventId),
                ("now", Dialect.Time(now)));
            return await claim.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
    }
}
