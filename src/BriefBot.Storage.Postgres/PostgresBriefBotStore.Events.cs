using BriefBot.Core.Chat;
using Npgsql;

namespace BriefBot.Storage.Postgres;

public sealed partial class PostgresBriefBotStore
{
    public async Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        // One round trip: forget claims past the retention, then claim. The insert alone decides the winner: a racing
        // insert of the same event waits for the first to commit and then does nothing. Replicas prune at once, so
        // each skips the old rows another is deleting rather than wait for them, which could deadlock two claims.
        return await database.RunAsync("claim a platform event", async (connection, ct) =>
        {
            using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new("DELETE FROM handled_events WHERE (platform, event_id) IN (SELECT platform, event_id FROM handled_events WHERE at < $1 FOR UPDATE SKIP LOCKED);") { Parameters = { new() { Value = StoredTime.ToStored(now - MemoryEventClaims.Retention) } } },
                    new("INSERT INTO handled_events (platform, event_id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING;")
                    {
                        Parameters = { new() { Value = platform }, new() { Value = eventId }, new() { Value = StoredTime.ToStored(now) } },
                    },
                },
            };
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return batch.BatchCommands[1].RecordsAffected == 1;
        }, cancellationToken).ConfigureAwait(false);
    }
}
