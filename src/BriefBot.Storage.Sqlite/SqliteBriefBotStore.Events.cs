using BriefBot.Core.Chat;

namespace BriefBot.Storage.Sqlite;

public sealed partial class SqliteBriefBotStore
{
    public async Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        // Normal durability: losing the last claims to a power cut can at worst answer one redelivered event twice.
        return await database.WriteAsync("claim a platform event", Durability.Normal, async (connection, ct) =>
        {
            using (var prune = connection.Command(
                "DELETE FROM handled_events WHERE at < $cutoff;",
                ("$cutoff", StoredTime.ToText(now - MemoryEventClaims.Retention))))
            {
                await prune.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            using var claim = connection.Command(
                "INSERT INTO handled_events (platform, event_id, at) VALUES ($platform, $event, $now) ON CONFLICT DO NOTHING;",
                ("$platform", platform),
                ("$event", eventId),
                ("$now", StoredTime.ToText(now)));
            return await claim.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
    }
}
